import {
  chinaToday,
  FREQUENCY_LABELS,
  meetingKindLabel,
  periodEndsWithin,
  periodLabel,
  type ComplianceReminderInput,
  type ComplianceReminderResult,
  type IsoDate,
  type PeriodCompliance,
  type MeetingRequirement,
} from '@jiceng/core';
import type { SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission, scopeOf, type Scope } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgContacts } from '../notifications/org-contacts';
import { claimReminders } from '../notifications/reminders';
import { notify } from '../notifications/service';
import { evaluateBranches, yearStart } from './evaluate';
import { loadActiveRules, loadBranches } from './load';
import { branchesWhere, ruleRoots } from './reach';

/** A running period is reminded when it ends within this many days (0 = ends today). */
export const REMIND_DAYS_BEFORE_END = 7;
/** Longer than any period: the key names the period, so each is reminded once. */
const ONCE_PER_PERIOD_DAYS = 400;

interface DueItem {
  requirement: MeetingRequirement;
  period: PeriodCompliance;
  groups: string[];
}

function lineOf(item: DueItem): string {
  const r = item.requirement;
  const name = r.label ?? meetingKindLabel(r.kind);
  const fixed = r.fixedDay !== undefined ? `（每月 ${r.fixedDay} 日）` : '';
  const groups = item.groups.length ? `（${item.groups.join('、')}）` : '';
  return `${name}${groups}：${periodLabel(item.period)}应至少开展 ${r.minCount} 次${fixed}，已开展 ${item.period.count} 次，${item.period.end} 截止（${FREQUENCY_LABELS[r.per]}，${r.rule}）`;
}

/**
 * Tells each branch matching `where` whose running period of a kind is still due and ends within
 * REMIND_DAYS_BEFORE_END days: one message per branch to its accounts (or the nearest above) and a text to its
 * secretary, each branch, kind and period once.
 */
export async function sendComplianceReminders(
  tx: Tx,
  cipher: DataCipher,
  scope: Scope,
  root: { path: string } | null,
  today: IsoDate,
): Promise<ComplianceReminderResult> {
  const where: SQL = branchesWhere(scope, root);
  // Meetings from the start of the year: a yearly period's count needs all of them.
  const branches = await loadBranches(tx, where, yearStart(today), today);
  const rules = branches.length ? await loadActiveRules(tx, ruleRoots(scope, root)) : [];
  const due = new Map<number, Map<string, DueItem>>();
  for (const { branch, compliance } of evaluateBranches(branches, rules, today, today)) {
    for (const item of compliance) {
      const period = item.periods.at(-1);
      if (!period || period.status !== 'due' || !periodEndsWithin(period, today, REMIND_DAYS_BEFORE_END))
        continue;
      const key = `compliance:${branch.id}:${item.requirement.kind}:${period.key}`;
      const items = due.get(branch.id) ?? new Map<string, DueItem>();
      const entry = items.get(key) ?? { requirement: item.requirement, period, groups: [] };
      const group = branch.groups.find((g) => g.id === item.groupId);
      if (group) entry.groups.push(group.name);
      items.set(key, entry);
      due.set(branch.id, items);
    }
  }
  const keys = [...due.values()].flatMap((items) => [...items.keys()]);
  const claimed = await claimReminders(tx, keys, today, ONCE_PER_PERIOD_DAYS);
  const fresh = new Map<number, DueItem[]>();
  for (const [branchId, items] of due) {
    const list = [...items].filter(([key]) => claimed.has(key)).map(([, item]) => item);
    if (list.length) fresh.set(branchId, list);
  }
  const contacts = await orgContacts(tx, cipher, [...fresh.keys()]);
  const names = new Map(branches.map((b) => [b.id, b.name]));
  let inbox = 0;
  let sms = 0;
  for (const [branchId, items] of fresh) {
    const to = contacts.get(branchId) ?? { userIds: [], phones: [] };
    const name = names.get(branchId) ?? '';
    await notify(tx, cipher, {
      userIds: to.userIds,
      smsPhones: to.phones,
      title: `组织生活提醒：${name}本期还有 ${items.length} 项未完成`,
      body: items.map(lineOf).join('\n'),
    });
    inbox += to.userIds.length;
    sms += to.phones.length;
  }
  return { items: [...fresh.values()].reduce((n, l) => n + l.length, 0), branches: fresh.size, inbox, sms };
}

/** "Remind now": the branches within the actor's meeting.manage reach, or one org's subtree within it. */
export async function remindNow(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: ComplianceReminderInput,
): Promise<ComplianceReminderResult> {
  const actor = requirePermission(ctx, 'meeting.manage');
  return db.transaction(async (tx) => {
    const org = input.orgId ? await requireOrg(tx, actor, 'meeting.manage', input.orgId) : null;
    const scope = scopeOf(actor, 'meeting.manage');
    const result = await sendComplianceReminders(tx, cipher, scope, org, chinaToday());
    await recordAudit(tx, ctx, {
      action: 'compliance.reminded',
      entityType: 'org',
      entityId: input.orgId ?? null,
      orgId: input.orgId ?? null,
      summary: { after: result },
    });
    return result;
  });
}

/** The hourly run over the whole install, started by the server; the reminder log keeps it idempotent. */
export async function remindComplianceEverywhere(
  db: Db,
  cipher: DataCipher,
): Promise<ComplianceReminderResult> {
  return db.transaction((tx) => sendComplianceReminders(tx, cipher, 'all', null, chinaToday()));
}
