import { chinaToday, checkReversal, type ReversalInput } from '@jiceng/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { badRequest, notFound } from '../../http/errors';
import { refuseIf, requireMember } from './bases';
import { asCorePayments } from './member-dues';
import { lockPayment } from './payments';
import { duesPayments } from './schema';
import { paymentView } from './views';

/**
 * A correction: a reversal row names the payment it cancels, and the original stops counting (`active`) in
 * the same transaction, so the month may be paid again and nothing is ever edited away.
 */
export async function reversePayment(db: Db, ctx: RequestContext, paymentId: number, input: ReversalInput) {
  if (input.paymentId !== paymentId) throw badRequest('请求内容中的交纳记录与地址中的不一致', 'paymentId');
  return db.transaction(async (tx) => {
    // Locked first, so two corrections of one payment cannot both pass the check below.
    const original = await lockPayment(tx, paymentId);
    if (!original) throw notFound('交纳记录');
    const person = await requireMember(tx, ctx, 'dues.manage', original.personId);
    const sameMonth = await tx
      .select()
      .from(duesPayments)
      .where(and(eq(duesPayments.personId, original.personId), eq(duesPayments.month, original.month)));
    // The check asks only whether a row is a reversal or already reversed: a voluntary row is reversible too.
    const asReversible = sameMonth.map((p) => ({ ...p, kind: p.kind === 'voluntary' ? 'regular' : p.kind }));
    refuseIf(checkReversal(paymentId, asCorePayments(asReversible)));
    // The voluntary part recorded with a regular payment (same request) goes with it: it was one receipt.
    const companions =
      original.kind === 'regular'
        ? sameMonth.filter(
            (p) =>
              p.kind === 'voluntary' &&
              p.active &&
              p.createdAt.getTime() === original.createdAt.getTime() &&
              p.paidOn === original.paidOn,
          )
        : [];
    const cancelled = [original, ...companions];
    const reversals = await tx
      .insert(duesPayments)
      .values(
        cancelled.map((p) => ({
          tenantOrgId: p.tenantOrgId,
          orgId: p.orgId,
          orgPath: p.orgPath,
          personId: p.personId,
          month: p.month,
          amountFen: p.amountFen,
          kind: 'reversal',
          reversesId: p.id,
          // A reversal is itself never counted as money received.
          active: false,
          method: p.method,
          paidOn: chinaToday(),
          reason: input.reason,
          recordedBy: ctx.actor?.userId ?? null,
        })),
      )
      .returning();
    const reversal = reversals.find((r) => r.reversesId === original.id);
    await tx
      .update(duesPayments)
      .set({ active: false })
      .where(
        inArray(
          duesPayments.id,
          cancelled.map((p) => p.id),
        ),
      );
    await recordAudit(tx, ctx, {
      action: 'dues.reversed',
      entityType: 'person',
      entityId: person.id,
      orgId: person.orgId,
      summary: {
        before: { paymentId: original.id, month: original.month, amountFen: original.amountFen },
        after: {
          reversalId: reversal!.id,
          reason: input.reason,
          ...(companions.length ? { voluntaryPaymentIds: companions.map((p) => p.id) } : {}),
        },
      },
    });
    return { reversal: paymentView(reversal!), original: paymentView({ ...original, active: false }) };
  });
}
