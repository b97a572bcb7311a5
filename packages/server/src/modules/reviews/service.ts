import {
  checkReview,
  chinaToday,
  DEFAULT_EXCELLENT_CAP_TEXT,
  excellentLimit,
  parseExcellentCap,
  type MemberReview,
  type PersonReview,
  type ReviewEntry,
  type ReviewGrade,
  type ReviewMember,
  type ReviewSaveInput,
  type ReviewStage,
  type RuleViolation,
} from '@jiceng/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission, type ScopedOrg } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { recordAudit } from '../../audit/service';
import { meetings } from '../meetings/schema';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { refuseIfAny } from './refused';
import { reviewRoster } from './roster';
import { memberReviewEntries, memberReviews } from './schema';

const ROSTER_RULE = 'member-review.roster';
const YEAR_RULE = 'member-review.year';

function capOf(text: string): number {
  return parseExcellentCap(text) ?? parseExcellentCap(DEFAULT_EXCELLENT_CAP_TEXT)!;
}

/** The branch's members, each with the grade recorded for the year, and the cap check on what is recorded. */
async function loadReview(tx: Tx, org: ScopedOrg, year: number): Promise<MemberReview> {
  const roster = await reviewRoster(tx, org.id);
  const [review] = await tx
    .select()
    .from(memberReviews)
    .where(and(eq(memberReviews.orgId, org.id), eq(memberReviews.year, year)));
  const entries = review
    ? await tx
        .select({ entry: memberReviewEntries, name: persons.name })
        .from(memberReviewEntries)
        .innerJoin(persons, eq(persons.id, memberReviewEntries.personId))
        .where(eq(memberReviewEntries.reviewId, review.id))
        .orderBy(asc(memberReviewEntries.id))
    : [];
  const byPerson = new Map(entries.map((e) => [e.entry.personId, e]));
  const members: ReviewMember[] = roster.map((m) => {
    const recorded = byPerson.get(m.personId);
    return {
      personId: m.personId,
      name: m.name,
      stage: m.stage,
      grade: (recorded?.entry.grade as ReviewGrade | null | undefined) ?? null,
      comment: recorded?.entry.comment ?? null,
      current: true,
    };
  });
  const inRoster = new Set(roster.map((m) => m.personId));
  for (const e of entries) {
    if (inRoster.has(e.entry.personId)) continue;
    members.push({
      personId: e.entry.personId,
      name: e.name,
      stage: e.entry.stage as ReviewStage,
      grade: e.entry.grade as ReviewGrade | null,
      comment: e.entry.comment,
      current: false,
    });
  }
  const capText = review?.excellentCap ?? DEFAULT_EXCELLENT_CAP_TEXT;
  const graded = review ? members.filter((m) => m.stage === 'full' && m.grade !== null) : [];
  const check = review
    ? checkReview(
        members.map((m) => ({ personId: m.personId, name: m.name, stage: m.stage, grade: m.grade })),
        capOf(capText),
      )
    : { warnings: [] };
  return {
    orgId: org.id,
    orgName: org.name,
    year,
    recorded: review !== undefined,
    excellentCap: capText,
    graded: graded.length,
    excellent: graded.filter((m) => m.grade === 'excellent').length,
    excellentLimit: excellentLimit(graded.length, capOf(capText)),
    meetingId: review?.meetingId ?? null,
    updatedAt: review?.updatedAt.toISOString() ?? null,
    members,
    warnings: check.warnings,
  };
}

function yearViolation(year: number): RuleViolation | null {
  const thisYear = Number(chinaToday().slice(0, 4));
  if (year <= thisYear) return null;
  return { rule: YEAR_RULE, field: 'year', message: `评议年度（${year}）不能晚于今年（${thisYear}）` };
}

export async function getReview(db: Db, ctx: RequestContext, orgId: number, year: number) {
  const actor = requirePermission(ctx, 'meeting.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'meeting.read', orgId);
    refuseIfAny([yearViolation(year)].filter((v): v is RuleViolation => v !== null));
    return loadReview(tx, org, year);
  });
}

/**
 * Saves a year's review (org-life.md L4–L6) in place of what was recorded. Members of the roster left out
 * count as ungraded; everyone named must be a member of the branch. Violations refuse the whole save;
 * more 优秀 than the cap (L5) is saved and answered as a warning.
 */
export async function saveReview(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  year: number,
  input: ReviewSaveInput,
): Promise<MemberReview> {
  const actor = requirePermission(ctx, 'meeting.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'meeting.manage', orgId);
    const violations: RuleViolation[] = [];
    const late = yearViolation(year);
    if (late) violations.push(late);
    const roster = await reviewRoster(tx, org.id);
    const members = new Map(roster.map((m) => [m.personId, m]));
    const checked: ReviewEntry[] = [];
    input.entries.forEach((entry, i) => {
      const member = members.get(entry.personId);
      if (!member) {
        // Only the id: a name would tell the branch about someone outside it.
        violations.push({
          rule: ROSTER_RULE,
          field: `entries.${i}.personId`,
          message: `编号 ${entry.personId} 的人员不是本支部正常在册的党员，不能参加本支部评议`,
        });
        return;
      }
      checked.push({ personId: member.personId, name: member.name, stage: member.stage, grade: entry.grade });
    });
    const named = new Set(input.entries.map((e) => e.personId));
    for (const m of roster) {
      if (!named.has(m.personId)) checked.push({ ...m, grade: null });
    }
    const [existing] = await tx
      .select()
      .from(memberReviews)
      .where(and(eq(memberReviews.orgId, org.id), eq(memberReviews.year, year)));
    const capText =
      input.excellentCap?.replace(/\s/g, '') ?? existing?.excellentCap ?? DEFAULT_EXCELLENT_CAP_TEXT;
    const check = checkReview(checked, capOf(capText));
    violations.push(...check.violations);
    if (input.meetingId !== undefined) {
      const [meeting] = await tx
        .select({ orgId: meetings.orgId })
        .from(meetings)
        .where(eq(meetings.id, input.meetingId));
      if (meeting?.orgId !== org.id) {
        violations.push({ rule: ROSTER_RULE, field: 'meetingId', message: '所选会议不是本支部的会议' });
      }
    }
    refuseIfAny(violations);

    const [{ tenantOrgId } = { tenantOrgId: org.id }] = await tx
      .select({ tenantOrgId: orgs.tenantOrgId })
      .from(orgs)
      .where(eq(orgs.id, org.id));
    const values = {
      excellentCap: capText,
      meetingId: input.meetingId ?? existing?.meetingId ?? null,
      recordedBy: actor.userId,
      updatedAt: new Date(),
    };
    let reviewId: number;
    if (existing) {
      reviewId = existing.id;
      await tx.update(memberReviews).set(values).where(eq(memberReviews.id, reviewId));
      // Only the current members are replaced: grades of those who left since stay on their record.
      await tx.delete(memberReviewEntries).where(
        and(
          eq(memberReviewEntries.reviewId, reviewId),
          inArray(
            memberReviewEntries.personId,
            roster.map((m) => m.personId),
          ),
        ),
      );
    } else {
      const [row] = await tx
        .insert(memberReviews)
        .values({ tenantOrgId, orgId: org.id, year, ...values })
        .returning({ id: memberReviews.id });
      reviewId = row!.id;
    }
    const comments = new Map(input.entries.map((e) => [e.personId, e.comment?.trim() || null]));
    if (checked.length > 0) {
      await tx.insert(memberReviewEntries).values(
        checked.map((e) => ({
          reviewId,
          personId: e.personId,
          stage: e.stage,
          grade: e.grade,
          comment: comments.get(e.personId) ?? null,
        })),
      );
    }
    const graded = checked.filter((e) => e.grade !== null);
    await recordAudit(tx, ctx, {
      action: 'review.recorded',
      entityType: 'member_review',
      entityId: reviewId,
      orgId: org.id,
      summary: {
        after: {
          year,
          excellentCap: capText,
          graded: graded.length,
          excellent: graded.filter((e) => e.grade === 'excellent').length,
          ungraded: checked.length - graded.length,
        },
        warnings: check.warnings.map((w) => w.rule),
      },
    });
    return loadReview(tx, org, year);
  });
}

/** A person's grades by year, oldest first (the points module reads these). */
export async function personReviews(db: Db, ctx: RequestContext, personId: number): Promise<PersonReview[]> {
  const actor = requirePermission(ctx, 'meeting.read');
  return db.transaction(async (tx) => {
    await requirePerson(tx, actor, 'meeting.read', personId);
    const rows = await tx
      .select({
        year: memberReviews.year,
        orgId: memberReviews.orgId,
        orgName: orgs.name,
        stage: memberReviewEntries.stage,
        grade: memberReviewEntries.grade,
        comment: memberReviewEntries.comment,
      })
      .from(memberReviewEntries)
      .innerJoin(memberReviews, eq(memberReviews.id, memberReviewEntries.reviewId))
      .innerJoin(orgs, eq(orgs.id, memberReviews.orgId))
      .where(eq(memberReviewEntries.personId, personId))
      .orderBy(asc(memberReviews.year), asc(memberReviews.id));
    return rows.map((r) => ({
      ...r,
      stage: r.stage as ReviewStage,
      grade: r.grade as ReviewGrade | null,
    }));
  });
}
