import {
  BRACKET_PERSON_KINDS,
  fenLabel,
  MEMBER_STAGES,
  monthLabel,
  type DuesDeclarationDecision,
  type DuesDeclarationInput,
  type DuesDeclarationView,
} from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireActor } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { conflict, notFound } from '../../http/errors';
import { orgContacts } from '../notifications/org-contacts';
import { notify } from '../notifications/service';
import { ownPerson } from '../persons/self-service';
import { refuseIf, requireMember, writeBase } from './bases';
import { declarationView } from './declaration-views';
import { duesDeclarations } from './schema';

/**
 * F10: a member declares the year's monthly income from the phone; the branch hears of it and verifies it
 * (核定) into a base. Only kinds whose dues follow the brackets have an income to declare.
 */
export async function declareIncome(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: DuesDeclarationInput,
): Promise<DuesDeclarationView> {
  const actor = requireActor(ctx);
  return db.transaction(async (tx) => {
    const person = await ownPerson(tx, actor.userId);
    if (!person.stage || !(MEMBER_STAGES as readonly string[]).includes(person.stage)) {
      refuseIf([
        { rule: 'dues.md F9', field: 'personId', message: '党员（含预备党员）才交纳党费，无需申报收入' },
      ]);
    }
    if (!(BRACKET_PERSON_KINDS as readonly string[]).includes(person.personKind)) {
      refuseIf([
        {
          rule: 'dues.md F5',
          field: 'monthlyIncomeFen',
          message: '您按固定金额交纳党费（农牧渔民、学生、下岗失业等），无需申报收入',
        },
      ]);
    }
    const [row] = await tx
      .insert(duesDeclarations)
      .values({
        tenantOrgId: person.tenantOrgId,
        personId: person.id,
        year: input.year,
        monthlyIncomeFen: input.monthlyIncomeFen,
        effectiveFromMonth: input.effectiveFromMonth,
        note: input.note || null,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'dues.income_declared',
      entityType: 'person',
      entityId: person.id,
      orgId: person.orgId,
      summary: { after: { year: input.year, effectiveFromMonth: input.effectiveFromMonth } },
    });
    const to = (await orgContacts(tx, cipher, [person.orgId])).get(person.orgId);
    await notify(tx, cipher, {
      userIds: to?.userIds ?? [],
      title: `党费收入申报待核定：${person.name}`,
      body: `${person.name}申报了${input.year}年的月收入，自${monthLabel(input.effectiveFromMonth)}起。请在其档案的“党费”页核定或退回。`,
    });
    return declarationView(row!, person.personKind);
  });
}

/** The branch verifies a declaration into a base (recomputing generated months) or returns it with a reason. */
export async function decideDeclaration(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
  input: DuesDeclarationDecision,
): Promise<DuesDeclarationView> {
  return db.transaction(async (tx) => {
    const [declaration] = await tx
      .select()
      .from(duesDeclarations)
      .where(eq(duesDeclarations.id, id))
      .for('update');
    if (!declaration) throw notFound('收入申报');
    const person = await requireMember(tx, ctx, 'dues.manage', declaration.personId);
    if (declaration.status !== 'pending') throw conflict('该申报已经处理过', 'approve');
    const base = input.approve
      ? await writeBase(tx, ctx, person, {
          year: declaration.year,
          monthlyIncomeFen: declaration.monthlyIncomeFen,
          effectiveFromMonth: declaration.effectiveFromMonth,
          note: declaration.note ? `本人申报：${declaration.note}` : '本人申报，支部核定',
        })
      : null;
    const [row] = await tx
      .update(duesDeclarations)
      .set({
        status: input.approve ? 'verified' : 'returned',
        baseId: base?.id ?? null,
        decisionReason: input.approve ? null : (input.reason ?? null),
        decidedBy: ctx.actor?.userId ?? null,
        decidedAt: new Date(),
      })
      .where(eq(duesDeclarations.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'dues.declaration_decided',
      entityType: 'person',
      entityId: person.id,
      orgId: person.orgId,
      summary: { after: { declarationId: id, approve: input.approve, reason: input.reason ?? null } },
    });
    if (person.userId) {
      await notify(tx, cipher, {
        userIds: [person.userId],
        title: input.approve ? '您的党费收入申报已核定' : '您的党费收入申报被退回',
        body: input.approve
          ? `自${monthLabel(declaration.effectiveFromMonth)}起每月应交党费 ${fenLabel(base?.amountFen ?? 0)}。`
          : `退回理由：${input.reason ?? ''}。如有疑问请联系所在党支部。`,
      });
    }
    return declarationView(row!, person.personKind);
  });
}
