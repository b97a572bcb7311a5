import {
  chinaToday,
  fenLabel,
  monthOf,
  previousMonth,
  type DuesArrearsItem,
  type IsoDate,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgContacts } from '../notifications/org-contacts';
import { claimReminders } from '../notifications/reminders';
import { notify } from '../notifications/service';
import { arrearsIn } from './arrears-list';
import { generateIn } from './generate';

/** Keys name the month, so each month's ledger and each month's reminders happen once. */
const ONCE_PER_KEY_DAYS = 400;
/** The audit names no person for the install's own scheduled work. */
const SYSTEM: RequestContext = { clientIp: null, actor: null };

export interface DuesMonthlyResult {
  generated: number | null;
  remindedMembers: number;
  remindedBranches: number;
}

/** The month's ledger for the whole install, once a month: collectors find the month ready on the 1st. */
async function generateMonthOnce(tx: Tx, today: IsoDate): Promise<number | null> {
  const month = monthOf(today);
  const claimed = await claimReminders(tx, [`dues-ledger:${month}`], today, ONCE_PER_KEY_DAYS);
  if (claimed.size === 0) return null;
  const result = await generateIn(tx, sql`true`, null, month);
  await recordAudit(tx, SYSTEM, {
    action: 'dues.ledger_generated',
    entityType: 'org',
    entityId: null,
    orgId: null,
    summary: { month, members: result.members, generated: result.generated, missingBase: result.missingBase },
  });
  return result.generated;
}

function memberLine(item: DuesArrearsItem): string {
  const run = item.currentRun;
  const months = run ? `${run.from} 至 ${run.to}` : item.unpaidMonths.join('、');
  const flag = item.isRemovalCase ? '；已满 6 个月无正当理由，应由支部按规定处置（dues.md F12）' : '';
  return `${item.name}：连续 ${item.consecutiveUnpaid} 个月未交（${months}），共欠 ${fenLabel(item.owedFen)}${flag}`;
}

/**
 * A member 3 or more months behind hears it once a month, and so does the branch, with every such member
 * and the F12 cases (6 months without a recorded reason) named; the code removes no one.
 */
async function remindArrears(tx: Tx, cipher: DataCipher, today: IsoDate) {
  const through = previousMonth(monthOf(today));
  const items = (await arrearsIn(tx, sql`true`, undefined, through)).filter((i) => i.reminderDue);
  const claimed = await claimReminders(
    tx,
    items.map((i) => `dues-arrears:${i.personId}:${through}`),
    today,
    ONCE_PER_KEY_DAYS,
  );
  const fresh = items.filter((i) => claimed.has(`dues-arrears:${i.personId}:${through}`));
  if (fresh.length === 0) return { remindedMembers: 0, remindedBranches: 0 };

  const accounts = await tx.execute<{ id: number; user_id: number }>(sql`
    SELECT p.id, p.user_id FROM persons p JOIN users u ON u.id = p.user_id AND NOT u.disabled
    WHERE p.id IN (${sql.join(
      fresh.map((i) => sql`${i.personId}`),
      sql`, `,
    )})`);
  const userOf = new Map(accounts.rows.map((r) => [Number(r.id), Number(r.user_id)]));
  let remindedMembers = 0;
  for (const item of fresh) {
    const userId = userOf.get(item.personId);
    if (userId === undefined) continue;
    await notify(tx, cipher, {
      userIds: [userId],
      title: `党费提醒：您已连续 ${item.consecutiveUnpaid} 个月未交纳党费`,
      body: `${memberLine(item)}。请及时向所在党支部（${item.orgName}）交纳；确有困难的，可向支部说明情况。`,
    });
    remindedMembers += 1;
  }

  const byBranch = new Map<number, DuesArrearsItem[]>();
  for (const item of fresh) byBranch.set(item.orgId, [...(byBranch.get(item.orgId) ?? []), item]);
  const contacts = await orgContacts(tx, cipher, [...byBranch.keys()]);
  for (const [orgId, list] of byBranch) {
    const to = contacts.get(orgId) ?? { userIds: [], phones: [] };
    const removal = list.filter((i) => i.isRemovalCase).length;
    await notify(tx, cipher, {
      userIds: to.userIds,
      smsPhones: to.phones,
      title: `党费欠交提醒：${list[0]!.orgName}有 ${list.length} 名党员连续 3 个月以上未交纳党费${removal ? `，其中 ${removal} 名已满 6 个月` : ''}`,
      body: list.map(memberLine).join('\n'),
    });
  }
  return { remindedMembers, remindedBranches: byBranch.size };
}

/** The hourly run over the whole install, started by the server; the reminder log keeps it idempotent. */
export async function runDuesMonthly(
  db: Db,
  cipher: DataCipher,
  today: IsoDate = chinaToday(),
): Promise<DuesMonthlyResult> {
  return db.transaction(async (tx) => {
    const generated = await generateMonthOnce(tx, today);
    return { generated, ...(await remindArrears(tx, cipher, today)) };
  });
}
