import {
  chinaToday,
  tallyElection,
  type Election,
  type ElectionRecordInput,
  type RuleViolation,
} from '@jiceng/core';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import type { DataCipher } from '../../http/crypto';
import { refuseIfAny } from '../reviews/refused';
import { takeEffect } from './effects';
import { electionOrg } from './org-context';
import { elections } from './schema';
import { villageBlockers } from './village-check';
import { toElection, type StoredCandidate, type StoredTally } from './view';

const DATE_RULE = 'election.held_on';

/** The earlier election a revote completes, and the seats it may still fill (L15). */
async function revoteRoom(tx: Tx, orgId: number, revoteOf: number, seats: number): Promise<RuleViolation[]> {
  const [prior] = await tx
    .select({ tally: elections.tally })
    .from(elections)
    .where(and(eq(elections.id, revoteOf), eq(elections.orgId, orgId)));
  if (!prior)
    return [{ rule: 'org-life.md L15', field: 'revoteOf', message: '要补选的原选举不是本组织的选举' }];
  const empty = (prior.tally as StoredTally).emptySeats;
  if (seats > empty) {
    return [
      {
        rule: 'org-life.md L15',
        field: 'seats',
        message: `再次投票只补足原选举空缺的 ${empty} 个名额，应选名额不能为 ${seats}`,
      },
    ];
  }
  return [];
}

/**
 * Records a term-renewal election (org-life.md L13–L15), refusing it whole on bad counts, too few
 * candidates, a date in the future, an invalid (inquorate) election or, for a village, candidates not
 * cleared by the joint review. What is elected takes effect in the same transaction.
 */
export async function recordElection(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  orgId: number,
  input: ElectionRecordInput,
): Promise<Election> {
  const actor = requirePermission(ctx, 'meeting.manage');
  return db.transaction(async (tx) => {
    await requireOrg(tx, actor, 'meeting.manage', orgId);
    const org = await electionOrg(tx, orgId);
    for (const c of input.candidates) {
      if (c.personId !== undefined) await requirePerson(tx, actor, 'person.read', c.personId);
    }
    const violations: RuleViolation[] = [];
    const today = chinaToday();
    if (input.heldOn > today) {
      violations.push({
        rule: DATE_RULE,
        field: 'heldOn',
        message: `选举日期（${input.heldOn}）不能晚于今天（${today}）`,
      });
    }
    const candidates: StoredCandidate[] = input.candidates.map((c, i) => ({
      seq: i + 1,
      personId: c.personId ?? null,
      name: c.name.trim(),
      votes: c.votes,
    }));
    const tally = tallyElection({
      entitled: input.entitled,
      present: input.present,
      seats: input.seats,
      candidates: candidates.map((c) => ({ id: c.seq, name: c.name, votes: c.votes })),
      ...(input.ballotsCast === undefined ? {} : { ballotsCast: input.ballotsCast }),
    });
    violations.push(...tally.violations);
    if (input.revoteOf !== undefined) {
      violations.push(...(await revoteRoom(tx, org.id, input.revoteOf, input.seats)));
    }
    let jointReviewId: number | null = null;
    if (org.village) {
      const check = await villageBlockers(tx, cipher, org, input.candidates, input.jointReviewId);
      violations.push(...check.violations);
      jointReviewId = check.reviewId;
    }
    refuseIfAny(violations);

    const stored: StoredTally = { ...tally, revoteOf: input.revoteOf ?? null };
    const [row] = await tx
      .insert(elections)
      .values({
        tenantOrgId: org.tenantOrgId,
        orgId: org.id,
        heldOn: input.heldOn,
        entitled: input.entitled,
        present: input.present,
        seats: input.seats,
        termYears: input.termYears,
        candidates,
        tally: stored,
        jointReviewId,
        recordedBy: actor.userId,
      })
      .returning();
    const elected = candidates.filter((c) => tally.elected.includes(c.seq));
    const effects =
      elected.length > 0
        ? await takeEffect(tx, org.id, input.heldOn, input.termYears, elected, input.revoteOf !== undefined)
        : { endedPosts: [], addedPostIds: [] };
    await recordAudit(tx, ctx, {
      action: 'election.recorded',
      entityType: 'election',
      entityId: row!.id,
      orgId: org.id,
      summary: {
        after: {
          heldOn: input.heldOn,
          entitled: input.entitled,
          present: input.present,
          seats: input.seats,
          elected: elected.map((c) => c.name),
          tied: candidates.filter((c) => tally.tiedForLastSeat.includes(c.seq)).map((c) => c.name),
          emptySeats: tally.emptySeats,
          termYears: input.termYears,
          revoteOf: input.revoteOf ?? null,
          jointReviewId,
        },
        before:
          elected.length > 0 && input.revoteOf === undefined
            ? { termStartedOn: org.termStartedOn, termYears: org.termYears, posts: effects.endedPosts }
            : undefined,
      },
    });
    return toElection(row!, actor.displayName);
  });
}
