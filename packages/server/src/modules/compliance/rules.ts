import {
  BASE_REQUIREMENTS,
  checkLocalRule,
  effectiveRequirements,
  type LocalRuleInput,
  type MeetingRulesView,
  type OrgKind,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission, type ScopedOrg } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { notFound } from '../../http/errors';
import { StepRefused } from '../development/refusal';
import { localMeetingRules } from '../meetings/schema';
import { loadActiveRules, localRulesFor } from './load';

const RULE = 'org-life.md L1';

/** The requirements the org's branches live under, where each comes from, and the rules above it. */
async function rulesView(tx: Tx, org: ScopedOrg): Promise<MeetingRulesView> {
  const rules = (await loadActiveRules(tx, [org.path])).filter((r) => org.path.startsWith(r.orgPath));
  const requirements = effectiveRequirements(BASE_REQUIREMENTS, localRulesFor(org.path, rules));
  const sourceOf = (orgId: number | undefined, kind: string) =>
    orgId === undefined ? undefined : rules.find((r) => r.orgId === orgId && r.kind === kind);
  const inEffect = new Set(requirements.map((r) => sourceOf(r.setByOrgId, r.kind)?.id));
  const kinds = await tx.execute<{ key: string; label: string; org_id: number }>(sql`
    SELECT k.key, k.label, k.org_id FROM custom_meeting_kinds k JOIN orgs o ON o.id = k.org_id
     WHERE ${org.path} LIKE o.path || '%' ORDER BY o.depth DESC, k.label`);
  return {
    org: { id: org.id, name: org.name, kind: org.kind as OrgKind },
    requirements: requirements.map((r) => {
      const source = sourceOf(r.setByOrgId, r.kind);
      return {
        ...r,
        source: source ? { orgId: source.orgId, orgName: source.orgName, ruleId: source.id } : null,
      };
    }),
    rules: rules.map((r) => ({
      id: r.id,
      orgId: r.orgId,
      orgName: r.orgName,
      kind: r.kind,
      per: r.per,
      minCount: r.minCount,
      fixedDay: r.fixedDay,
      label: r.label,
      createdAt: r.createdAt,
      inEffect: inEffect.has(r.id),
    })),
    customKinds: kinds.rows.map((k) => ({ key: k.key, label: k.label, orgId: Number(k.org_id) })),
  };
}

export async function getMeetingRules(db: Db, ctx: RequestContext, orgId: number): Promise<MeetingRulesView> {
  const actor = requirePermission(ctx, 'meeting.read');
  return db.transaction(async (tx) => rulesView(tx, await requireOrg(tx, actor, 'meeting.read', orgId)));
}

/**
 * Sets the org's rule for a kind, ending the one it had (one active rule per org and kind). Refused, with
 * the rule's reference, when weaker than the base table (checkLocalRule) or set on a group.
 */
export async function setMeetingRule(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  input: LocalRuleInput,
): Promise<MeetingRulesView> {
  const actor = requirePermission(ctx, 'meeting.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'meeting.manage', orgId);
    if (org.kind === 'group') {
      throw new StepRefused([
        { rule: RULE, field: 'orgId', message: '党小组不能设置组织生活要求，请在支部或上级党组织设置' },
      ]);
    }
    const violations = checkLocalRule(input);
    if (violations.length > 0) throw new StepRefused(violations);
    // Serializes two saves for the same org, so the partial unique index never answers with a 500.
    await tx.execute(sql`SELECT id FROM orgs WHERE id = ${org.id} FOR UPDATE`);
    const replaced = await tx
      .update(localMeetingRules)
      .set({ endedAt: new Date() })
      .where(
        sql`${localMeetingRules.orgId} = ${org.id} AND ${localMeetingRules.kind} = ${input.kind}
        AND ${localMeetingRules.endedAt} IS NULL`,
      )
      .returning({ id: localMeetingRules.id });
    const [rule] = await tx
      .insert(localMeetingRules)
      .values({
        orgId: org.id,
        kind: input.kind,
        per: input.per,
        minCount: input.minCount,
        fixedDay: input.fixedDay ?? null,
        label: input.label ?? null,
        createdBy: actor.userId,
      })
      .returning({ id: localMeetingRules.id });
    await recordAudit(tx, ctx, {
      action: 'compliance.rule_set',
      entityType: 'local_meeting_rule',
      entityId: rule!.id,
      orgId: org.id,
      summary: { after: input, replacedRuleIds: replaced.map((r) => r.id) },
    });
    return rulesView(tx, org);
  });
}

/** Ends one of the org's active rules; its branches fall back to the next rule above, or the base. */
export async function endMeetingRule(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  ruleId: number,
): Promise<MeetingRulesView> {
  const actor = requirePermission(ctx, 'meeting.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'meeting.manage', orgId);
    const [ended] = await tx
      .update(localMeetingRules)
      .set({ endedAt: new Date() })
      .where(
        sql`${localMeetingRules.id} = ${ruleId} AND ${localMeetingRules.orgId} = ${org.id}
        AND ${localMeetingRules.endedAt} IS NULL`,
      )
      .returning({
        id: localMeetingRules.id,
        kind: localMeetingRules.kind,
        per: localMeetingRules.per,
        minCount: localMeetingRules.minCount,
        fixedDay: localMeetingRules.fixedDay,
      });
    if (!ended) throw notFound('组织生活要求');
    await recordAudit(tx, ctx, {
      action: 'compliance.rule_ended',
      entityType: 'local_meeting_rule',
      entityId: ended.id,
      orgId: org.id,
      summary: { before: ended },
    });
    return rulesView(tx, org);
  });
}
