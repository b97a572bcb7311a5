import { pathInScope, ruleSetFor, type StepRecordInput, type StoredStepData } from '@jiceng/core';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { scopeOf } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import type { Tx } from '../../db/connection';
import { badRequest, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { resolveTraining } from './training-step';

export interface DecidingOrg {
  id: number;
  name: string;
  mayApproveAdmissions: boolean;
}

/**
 * The org that decided the step: the person's own org unless another is named. Another must be one the
 * actor can see, and the person's org or one above it: a committee approves for the branches under it.
 */
export async function decidingOrg(
  tx: Tx,
  actor: Actor,
  person: { orgId: number },
  personOrgPath: string,
  orgId: number | undefined,
): Promise<DecidingOrg> {
  const [org] = await tx
    .select({
      id: orgs.id,
      name: orgs.name,
      path: orgs.path,
      mayApproveAdmissions: orgs.mayApproveAdmissions,
    })
    .from(orgs)
    .where(and(eq(orgs.id, orgId ?? person.orgId), isNull(orgs.dissolvedAt)));
  if (!org || (orgId !== undefined && !pathInScope(scopeOf(actor, 'org.read'), org.path))) {
    throw notFound('组织');
  }
  if (!personOrgPath.startsWith(org.path)) {
    throw badRequest('决定组织须为该人员所在的组织或其上级组织', 'orgId');
  }
  return org;
}

/**
 * The step's data as the rules judge it and as it is kept: participants by name with the date each became
 * a full member, and the approving power from the deciding org's own flag, never from the client.
 */
export async function resolveStepData(
  tx: Tx,
  actor: Actor,
  input: StepRecordInput,
  org: DecidingOrg,
  personId: number,
): Promise<StoredStepData> {
  const { participants, ...rest } = input.data ?? {};
  const data: StoredStepData = { ...rest };
  if (participants) {
    data.participants = [];
    for (const p of participants) {
      const { person } = await requirePerson(tx, actor, 'person.read', p.personId);
      data.participants.push({
        personId: person.id,
        name: person.name,
        role: p.role,
        fullMemberSince: person.stage === 'full' ? person.conversionDate : null,
      });
    }
  }
  const rule = ruleSetFor(input.date).steps.find((s) => s.step === input.step);
  if (rule?.requires.some((r) => r.kind === 'approver')) data.approverMayApprove = org.mayApproveAdmissions;
  if (rule?.requires.some((r) => r.kind === 'training'))
    data.training = await resolveTraining(tx, personId, input);
  return data;
}
