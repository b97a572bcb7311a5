import {
  POST_CLAIM_STATE_LABELS,
  SERVICE_HOURS_STATE_LABELS,
  SERVICE_POST_KIND_LABELS,
  type PostClaimState,
  type ServiceHoursEntry,
  type ServiceHoursState,
  type ServicePostClaim,
  type ServicePostKind,
} from '@jiceng/core';
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { serviceHours, servicePostClaims, servicePosts } from './schema';

const hoursOf = (state: string) =>
  sql<string>`(SELECT coalesce(sum(h.hours), 0)::text FROM ${serviceHours} h
               WHERE h.claim_id = ${servicePostClaims.id} AND h.state = ${state})`;

/** Claims matching `where` (over claims, their post, person and the claimant's org), newest first. */
export async function loadClaims(tx: Tx, where: SQL | undefined): Promise<ServicePostClaim[]> {
  const rows = await tx
    .select({
      claim: servicePostClaims,
      postTitle: servicePosts.title,
      postKind: servicePosts.kind,
      personName: persons.name,
      orgName: orgs.name,
      confirmed: hoursOf('confirmed'),
      pending: hoursOf('pending'),
    })
    .from(servicePostClaims)
    .innerJoin(servicePosts, eq(servicePosts.id, servicePostClaims.postId))
    .innerJoin(persons, eq(persons.id, servicePostClaims.personId))
    .innerJoin(orgs, eq(orgs.id, servicePostClaims.orgId))
    .where(where)
    .orderBy(desc(servicePostClaims.createdAt), desc(servicePostClaims.id));
  return rows.map(({ claim: c, postTitle, postKind, personName, orgName, confirmed, pending }) => ({
    id: c.id,
    postId: c.postId,
    postTitle,
    postKind: postKind as ServicePostKind,
    postKindLabel: SERVICE_POST_KIND_LABELS[postKind as ServicePostKind],
    personId: c.personId,
    personName,
    orgId: c.orgId,
    orgName,
    state: c.state as PostClaimState,
    stateLabel: POST_CLAIM_STATE_LABELS[c.state as PostClaimState],
    note: c.note,
    decisionReason: c.decisionReason,
    claimedAt: c.createdAt.toISOString(),
    decidedAt: c.decidedAt?.toISOString() ?? null,
    closedAt: c.closedAt?.toISOString() ?? null,
    closeReason: c.closeReason,
    confirmedHours: Number(confirmed),
    pendingHours: Number(pending),
  }));
}

export async function loadClaim(tx: Tx, id: number): Promise<ServicePostClaim> {
  const [claim] = await loadClaims(tx, eq(servicePostClaims.id, id));
  return claim!;
}

/** Hour entries matching `where` (over hours, their claim's post, the person and the claimant's org). */
export async function loadHours(tx: Tx, where: SQL | undefined): Promise<ServiceHoursEntry[]> {
  const rows = await tx
    .select({
      h: serviceHours,
      postId: servicePosts.id,
      postTitle: servicePosts.title,
      personName: persons.name,
    })
    .from(serviceHours)
    .innerJoin(servicePostClaims, eq(servicePostClaims.id, serviceHours.claimId))
    .innerJoin(servicePosts, eq(servicePosts.id, servicePostClaims.postId))
    .innerJoin(persons, eq(persons.id, serviceHours.personId))
    .innerJoin(orgs, eq(orgs.id, serviceHours.orgId))
    .where(where)
    .orderBy(desc(serviceHours.workedOn), desc(serviceHours.id));
  return rows.map(({ h, postId, postTitle, personName }) => ({
    id: h.id,
    claimId: h.claimId,
    postId,
    postTitle,
    personId: h.personId,
    personName,
    workedOn: h.workedOn,
    hours: Number(h.hours),
    note: h.note,
    state: h.state as ServiceHoursState,
    stateLabel: SERVICE_HOURS_STATE_LABELS[h.state as ServiceHoursState],
    loggedByMember: h.loggedByMember,
    decisionReason: h.decisionReason,
  }));
}

export async function loadHoursEntry(tx: Tx, id: number): Promise<ServiceHoursEntry> {
  const [entry] = await loadHours(tx, eq(serviceHours.id, id));
  return entry!;
}
