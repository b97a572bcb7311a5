import {
  addDays,
  chinaToday,
  type BoardRow,
  type DevelopmentReminderResult,
  type IsoDate,
} from '@jiceng/core';
import { sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgContacts } from '../notifications/org-contacts';
import { claimReminders } from '../notifications/reminders';
import { notify } from '../notifications/service';
import { persons } from '../persons/schema';
import { boardRows } from './board';

/** A duty is reminded when it is this close to its due date, or overdue. */
export const REMIND_DAYS_AHEAD = 7;
/** An overdue duty is reminded again after this many days. */
export const REMIND_EVERY_DAYS = 7;

function dueSoon(row: BoardRow, today: IsoDate): boolean {
  return row.overdue || (row.dueDate !== null && row.dueDate <= addDays(today, REMIND_DAYS_AHEAD));
}

function lineOf(row: BoardRow): string {
  const when = row.overdue ? `已逾期（应于 ${row.dueDate}）` : `应于 ${row.dueDate} 前`;
  return `${row.name}：${row.label}，${when}（${row.rule}）`;
}

/**
 * Sends the board's due and overdue duties to each org's accounts (inbox) and its secretary (a text through
 * the outbox), one message per org, each duty at most once a week. Returns what was sent.
 */
export async function sendReminders(
  tx: Tx,
  cipher: DataCipher,
  scope: SQL,
  orgId: number | undefined,
  today: IsoDate,
): Promise<DevelopmentReminderResult> {
  const due = (await boardRows(tx, scope, orgId, today)).filter((r) => dueSoon(r, today));
  const keyOf = (r: BoardRow) => `development:${r.personId}:${r.item}:${r.step ?? ''}:${r.dueDate}`;
  const claimed = await claimReminders(tx, due.map(keyOf), today, REMIND_EVERY_DAYS);
  const fresh = due.filter((r) => claimed.has(keyOf(r)));
  const byOrg = new Map<number, BoardRow[]>();
  for (const row of fresh) byOrg.set(row.orgId, [...(byOrg.get(row.orgId) ?? []), row]);
  const contacts = await orgContacts(tx, cipher, [...byOrg.keys()]);
  let inbox = 0;
  let sms = 0;
  for (const [id, rows] of byOrg) {
    const to = contacts.get(id) ?? { userIds: [], phones: [] };
    const overdue = rows.filter((r) => r.overdue).length;
    await notify(tx, cipher, {
      userIds: to.userIds,
      smsPhones: to.phones,
      title: `发展党员待办提醒：${rows[0]!.orgName} ${rows.length} 项${overdue ? `（${overdue} 项已逾期）` : ''}`,
      body: rows.map(lineOf).join('\n'),
    });
    inbox += to.userIds.length;
    sms += to.phones.length;
  }
  return { duties: fresh.length, orgs: byOrg.size, inbox, sms };
}

/** "Remind now" from the board: the actor's reach, or one org's subtree within it. */
export async function remindFromBoard(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: { orgId?: number | undefined },
): Promise<DevelopmentReminderResult> {
  const actor = requirePermission(ctx, 'person.manage');
  return db.transaction(async (tx) => {
    if (input.orgId) await requireOrg(tx, actor, 'person.manage', input.orgId);
    const today = chinaToday();
    const result = await sendReminders(
      tx,
      cipher,
      inScope(persons.orgPath, scopeOf(actor, 'person.manage')),
      input.orgId,
      today,
    );
    await recordAudit(tx, ctx, {
      action: 'development.reminded',
      entityType: 'org',
      entityId: input.orgId ?? null,
      orgId: input.orgId ?? null,
      summary: { after: result },
    });
    return result;
  });
}

/** The daily run over the whole install, started by the server; the reminder log keeps it idempotent. */
export async function remindEverywhere(db: Db, cipher: DataCipher): Promise<DevelopmentReminderResult> {
  return db.transaction((tx) => sendReminders(tx, cipher, sql`true`, undefined, chinaToday()));
}
