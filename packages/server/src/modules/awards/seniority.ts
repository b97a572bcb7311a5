import {
  chinaToday,
  DEFAULT_SENIORITY_RULE,
  MEMBER_STAGES,
  partyAge,
  seniorityReferenceDate,
  seniorityReward,
  seniorityRuleSchema,
  serviceYears,
  type CadreServiceInput,
  type SeniorityList,
  type SeniorityRule,
  type SeniorityRuleView,
  type ServicePeriod,
} from '@jiceng/core';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { requirePerson } from '../../auth/person-access';
import { diff, recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { badRequest } from '../../http/errors';
import { complianceRootOrg } from '../compliance/reach';
import { cadreServiceRecords, seniorityRules } from './schema';

const COMMITTEE_KINDS = ['committee', 'working_committee'];

interface StoredSeniorityRule {
  orgId: number;
  orgName: string;
  path: string;
  rule: SeniorityRule;
}

/** The rules set at or above `path` and inside it, deepest first. */
async function rulesNear(tx: Tx, path: string): Promise<StoredSeniorityRule[]> {
  const { rows } = await tx.execute<{ org_id: number; name: string; path: string; rule: unknown }>(sql`
    SELECT r.org_id, o.name, o.path, r.rule FROM seniority_rules r JOIN orgs o ON o.id = r.org_id
     WHERE o.dissolved_at IS NULL AND (${path} LIKE o.path || '%' OR o.path LIKE ${path + '%'})
     ORDER BY o.depth DESC`);
  return rows.map((r) => ({
    orgId: Number(r.org_id),
    orgName: r.name,
    path: r.path,
    // Stored through the same schema; a row that no longer parses falls back to the default.
    rule: seniorityRuleSchema.safeParse(r.rule).data ?? DEFAULT_SENIORITY_RULE,
  }));
}

function ruleFor(path: string, rules: readonly StoredSeniorityRule[]): StoredSeniorityRule | null {
  return rules.find((r) => path.startsWith(r.path)) ?? null;
}

function ruleView(orgId: number, stored: StoredSeniorityRule | null): SeniorityRuleView {
  return {
    orgId,
    rule: stored?.rule ?? DEFAULT_SENIORITY_RULE,
    sourceOrgId: stored?.orgId ?? null,
    sourceOrgName: stored?.orgName ?? null,
  };
}

export async function getSeniorityRule(
  db: Db,
  ctx: RequestContext,
  orgId: number,
): Promise<SeniorityRuleView> {
  const actor = requirePermission(ctx, 'org.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'org.read', orgId);
    return ruleView(org.id, ruleFor(org.path, await rulesNear(tx, org.path)));
  });
}

/** A committee sets the rule for its tree (a deeper committee's own rule wins below it). */
export async function setSeniorityRule(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  rule: SeniorityRule,
): Promise<SeniorityRuleView> {
  const actor = requirePermission(ctx, 'award.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'award.manage', orgId);
    if (!COMMITTEE_KINDS.includes(org.kind)) {
      throw badRequest('年功奖励标准由党委或党工委制定，请选择党委（orgId）', 'orgId');
    }
    const [before] = await tx.select().from(seniorityRules).where(eq(seniorityRules.orgId, org.id));
    const values = { rule, updatedBy: actor.userId, updatedAt: new Date() };
    await tx
      .insert(seniorityRules)
      .values({ orgId: org.id, ...values })
      .onConflictDoUpdate({ target: seniorityRules.orgId, set: values });
    await recordAudit(tx, ctx, {
      action: 'seniority.rule_set',
      entityType: 'seniority_rule',
      entityId: org.id,
      orgId: org.id,
      summary: diff({ rule: before?.rule ?? null }, { rule }),
    });
    return ruleView(org.id, { orgId: org.id, orgName: org.name, path: org.path, rule });
  });
}

interface Candidate {
  personId: number;
  name: string;
  orgId: number;
  orgName: string;
  orgPath: string;
  conversionDate: string | null;
  priorYears: number;
  posts: ServicePeriod[];
}

/**
 * Members in normal standing matching `where` (over `persons p`), with their village posts on record
 * (posts of an org whose unit kind is village, with a start date) and the years recorded before them.
 */
async function candidates(tx: Tx, where: SQL): Promise<Candidate[]> {
  const stages = sql.join(
    MEMBER_STAGES.map((s) => sql`${s}`),
    sql`, `,
  );
  const { rows } = await tx.execute<{
    id: number;
    name: string;
    org_id: number;
    org_name: string;
    org_path: string;
    conversion_date: string | null;
    prior_years: number | null;
    posts: { from: string; to: string | null }[] | null;
  }>(sql`
    SELECT p.id, p.name, p.org_id, o.name AS org_name, p.org_path, p.conversion_date::text AS conversion_date,
           c.prior_years,
           (SELECT json_agg(json_build_object('from', op.started_on::text, 'to', op.ended_on::text))
              FROM org_posts op JOIN orgs vo ON vo.id = op.org_id
             WHERE op.person_id = p.id AND vo.unit_kind = 'village' AND op.started_on IS NOT NULL) AS posts
      FROM persons p JOIN orgs o ON o.id = p.org_id
      LEFT JOIN cadre_service_records c ON c.person_id = p.id
     WHERE p.stage IN (${stages}) AND p.standing = 'active' AND p.transferred_out_on IS NULL AND ${where}
     ORDER BY p.org_path, p.name, p.id`);
  return rows.map((r) => ({
    personId: Number(r.id),
    name: r.name,
    orgId: Number(r.org_id),
    orgName: r.org_name,
    orgPath: r.org_path,
    conversionDate: r.conversion_date,
    priorYears: r.prior_years === null ? 0 : Number(r.prior_years),
    posts: r.posts ?? [],
  }));
}

function rowFor(c: Candidate, rule: SeniorityRule, year: number) {
  return seniorityReward(
    { conversionDate: c.conversionDate, posts: c.posts, priorServiceYears: c.priorYears },
    rule,
    year,
  );
}

/** Who qualifies in a year under the rule that applies to each, within reach and under the org. */
export async function seniorityList(
  db: Db,
  ctx: RequestContext,
  query: { orgId: number; year: number },
): Promise<SeniorityList> {
  const actor = requirePermission(ctx, 'person.read');
  if (query.year > Number(chinaToday().slice(0, 4)) + 1) {
    throw badRequest('年度不能晚于明年', 'year');
  }
  return db.transaction(async (tx) => {
    const scope = scopeOf(actor, 'person.read');
    const root = await complianceRootOrg(tx, scope, query.orgId);
    const rules = await rulesNear(tx, root.path);
    const people = await candidates(
      tx,
      sql`p.org_path LIKE ${root.path + '%'} AND ${inScope(sql`p.org_path`, scope)}`,
    );
    const rows: SeniorityList['rows'] = [];
    for (const c of people) {
      const reward = rowFor(c, ruleFor(c.orgPath, rules)?.rule ?? DEFAULT_SENIORITY_RULE, query.year);
      if (!reward) continue;
      rows.push({
        personId: c.personId,
        name: c.name,
        orgId: c.orgId,
        orgName: c.orgName,
        partyAge: reward.partyAge,
        serviceYears: reward.serviceYears,
        tierLabel: reward.tierLabel,
        amountFen: reward.amountFen,
      });
    }
    return {
      orgId: root.id,
      year: query.year,
      referenceDate: seniorityReferenceDate(query.year),
      rule: ruleView(root.id, ruleFor(root.path, rules)),
      rows,
      totalFen: rows.reduce((sum, r) => sum + r.amountFen, 0),
    };
  });
}

/** A person's seniority facts and reward for a year, in the caller's transaction (reach checked before). */
export async function personSeniority(tx: Tx, personId: number, orgPath: string, year: number) {
  const [c] = await candidates(tx, sql`p.id = ${personId}`);
  const [record] = await tx
    .select({ priorYears: cadreServiceRecords.priorYears })
    .from(cadreServiceRecords)
    .where(eq(cadreServiceRecords.personId, personId));
  const rules = await rulesNear(tx, orgPath);
  const reward = c ? rowFor(c, ruleFor(orgPath, rules)?.rule ?? DEFAULT_SENIORITY_RULE, year) : null;
  const on = seniorityReferenceDate(year);
  return {
    year,
    // The facts show whether or not a tier is reached.
    partyAge: c ? partyAge(c.conversionDate, on) : null,
    serviceYears: c ? c.priorYears + serviceYears(c.posts, on) : (record?.priorYears ?? 0),
    priorServiceYears: record?.priorYears ?? 0,
    tierLabel: reward?.tierLabel ?? null,
    amountFen: reward?.amountFen ?? 0,
  };
}

/** Years served as a village cadre before the posts on record, entered by hand. */
export async function setCadreService(
  db: Db,
  ctx: RequestContext,
  personId: number,
  input: CadreServiceInput,
): Promise<{ priorYears: number; note: string | null }> {
  const actor = requirePermission(ctx, 'award.manage');
  return db.transaction(async (tx) => {
    const { person } = await requirePerson(tx, actor, 'award.manage', personId);
    const values = {
      priorYears: input.priorYears,
      note: input.note || null,
      updatedBy: actor.userId,
      updatedAt: new Date(),
    };
    await tx
      .insert(cadreServiceRecords)
      .values({ personId: person.id, tenantOrgId: person.tenantOrgId, ...values })
      .onConflictDoUpdate({ target: cadreServiceRecords.personId, set: values });
    await recordAudit(tx, ctx, {
      action: 'cadre_service.recorded',
      entityType: 'person',
      entityId: person.id,
      orgId: person.orgId,
      summary: { after: { priorYears: input.priorYears } },
    });
    return { priorYears: values.priorYears, note: values.note };
  });
}
