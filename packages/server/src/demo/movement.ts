import { addDays, addMonths, addYears, type IsoDate } from '@jiceng/core';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { RequestContext } from '../auth/actor';
import type { Db } from '../db/connection';
import type { DataCipher } from '../http/crypto';
import { registerOutflow } from '../modules/mobile/register';
import { confirmOutflow, recordOutflowActivity } from '../modules/mobile/lifecycle';
import { persons } from '../modules/persons/schema';
import { markLostContact, recordContactSearch, recordStandingChange } from '../modules/standing/service';
import { approveTransfer, refuseTransfer } from '../modules/transfers/act';
import { startOutbound, startTransfer } from '../modules/transfers/start';
import { transfers } from '../modules/transfers/schema';

async function fullMembers(db: Db, orgId: number, count: number): Promise<number[]> {
  const rows = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.orgId, orgId), eq(persons.stage, 'full'), isNull(persons.userId)))
    .orderBy(asc(persons.id))
    .limit(count);
  return rows.map((r) => r.id);
}

/**
 * Movement the demo accounts find waiting: transfers at each stage (one letter expired, one refused), a
 * letter to an org outside, mobile members with activities, lost contacts due for suspension, a
 * suspension past its two years, a death. Through the services, as the web would do it.
 */
export async function loadDemoMovement(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  orgId: (name: string) => number,
  today: IsoDate,
): Promise<void> {
  const east = orgId('东街社区党支部');
  const west = orgId('西街社区党支部');
  const hekou = orgId('河口镇机关党支部');
  const month = today.slice(0, 7);
  const [toWest, toHekou, expired, refused, outside, mobileIn, mobileOut, lostA, lostB, suspended, deceased] =
    await fullMembers(db, east, 11);

  const started = (personId: number, toOrgId: number) =>
    startTransfer(db, cipher, ctx, { personId, toOrgId, duesPaidUpTo: month });
  // Waiting for 城关镇党委 to issue.
  await started(toWest!, west);
  // Issued by 城关镇党委, waiting for 河口镇党委 to accept.
  await approveTransfer(db, cipher, ctx, (await started(toHekou!, hekou)).id);
  const late = (await started(expired!, hekou)).id;
  await approveTransfer(db, cipher, ctx, late);
  const issuedOn = addDays(today, -100);
  await db
    .update(transfers)
    .set({ issuedOn, expiresOn: addDays(issuedOn, 89) })
    .where(eq(transfers.id, late));
  const back = (await started(refused!, hekou)).id;
  await approveTransfer(db, cipher, ctx, back);
  await refuseTransfer(db, cipher, ctx, back, '该党员已在本镇登记为流动党员，请核实后重新办理');
  const letter = await startOutbound(db, cipher, ctx, {
    personId: outside!,
    toOrgName: '广东省深圳市南山区粤海街道党工委',
    duesPaidUpTo: month,
  });
  await approveTransfer(db, cipher, ctx, letter.id);

  const away = await registerOutflow(db, cipher, ctx, {
    personId: mobileIn!,
    outflowOn: addMonths(today, -3),
    destination: '本县河口镇',
    contact: '13907970001',
    inflowOrgId: hekou,
    cardNumber: 'LD-2026-0031',
    reason: '外出务工',
  });
  await confirmOutflow(db, cipher, ctx, away.id);
  await recordOutflowActivity(db, cipher, ctx, away.id, {
    occurredOn: addMonths(today, -1),
    kind: 'meeting',
    title: '参加河口镇机关党支部党员大会',
  });
  await registerOutflow(db, cipher, ctx, {
    personId: mobileOut!,
    outflowOn: addMonths(today, -5),
    destination: '浙江省宁波市',
    contact: '13907970002',
    inflowOrgName: '宁波市北仑区流动党员党支部',
    reason: '外出务工',
  });

  await markLostContact(db, ctx, lostA!, { since: addMonths(today, -8), note: '外出后长期联系不上' });
  await recordContactSearch(db, ctx, lostA!, {
    date: addMonths(today, -2),
    method: '电话联系家属',
    result: '家属也无法联系',
  });
  await markLostContact(db, ctx, lostB!, { since: addMonths(today, -2) });
  const suspendedSince = addYears(addMonths(today, -9), -2);
  await markLostContact(db, ctx, suspended!, { since: addMonths(suspendedSince, -7) });
  await recordContactSearch(db, ctx, suspended!, {
    date: addMonths(suspendedSince, -1),
    method: '走访原住址',
    result: '已搬离，去向不明',
  });
  await recordStandingChange(db, ctx, suspended!, {
    change: 'suspended_standing',
    date: suspendedSince,
    decisionRef: '城关党〔2024〕12号',
  });
  await recordStandingChange(db, ctx, deceased!, {
    change: 'deceased',
    date: addMonths(today, -4),
    note: '因病去世',
  });
}
