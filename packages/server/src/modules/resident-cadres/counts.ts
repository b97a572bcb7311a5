import {
  chinaToday,
  DEFAULT_MIN_PRESENCE_DAYS,
  monthBounds,
  townshipCounts,
  type CadreCounts,
  type CadreMode,
  type CadreSettings,
  type CadreSettingsInput,
} from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { badRequest } from '../../http/errors';
import { complianceRootOrg } from '../compliance/reach';
import { residentCadreSettings } from './schema';
import { townshipIdOf } from './village';

interface SettingRow {
  orgId: number;
  orgName: string;
  path: string;
  minPresenceDays: number;
}

async function settingsOfTenant(tx: Tx, path: string): Promise<SettingRow[]> {
  const tenantId = Number(path.split('/')[1]);
  const { rows } = await tx.execute<{
    org_id: number;
    name: string;
    path: string;
    min_presence_days: number;
  }>(
    sql`SELECT s.org_id, o.name, o.path, s.min_presence_days
          FROM resident_cadre_settings s JOIN orgs o ON o.id = s.org_id
         WHERE o.tenant_org_id = ${tenantId}`,
  );
  return rows.map((r) => ({
    orgId: Number(r.org_id),
    orgName: r.name,
    path: r.path,
    minPresenceDays: Number(r.min_presence_days),
  }));
}

/** The value set nearest above (or at) an org, else the default. */
function settingFor(settings: readonly SettingRow[], path: string): SettingRow | null {
  return (
    settings.filter((s) => path.startsWith(s.path)).sort((a, b) => b.path.length - a.path.length)[0] ?? null
  );
}

/**
 * Counts per township under an org for a month: cadres by mode over the assignments active in the month,
 * first secretaries, and each stationed cadre's presence days against the minimum that applies there.
 */
export async function cadreCounts(
  db: Db,
  ctx: RequestContext,
  query: { orgId: number; month?: string },
  today: string = chinaToday(),
): Promise<CadreCounts> {
  const actor = requirePermission(ctx, 'service.read');
  const scope = scopeOf(actor, 'service.read');
  const month = query.month ?? today.slice(0, 7);
  const { first, last } = monthBounds(month);
  return db.transaction(async (tx) => {
    const root = await complianceRootOrg(tx, scope, query.orgId);
    const { rows } = await tx.execute<{
      id: number;
      village_id: number;
      village_name: string;
      township_id: number | null;
      township_name: string | null;
      township_path: string | null;
      cadre_name: string;
      mode: CadreMode;
      first_secretary: boolean;
      period_from: string;
      period_to: string | null;
      days: string;
    }>(sql`
      SELECT x.*, t.name AS township_name, t.path AS township_path FROM (
        SELECT a.id, v.id AS village_id, v.name AS village_name, a.cadre_name, a.mode, a.first_secretary,
               a.period_from::text, a.period_to::text, ${townshipIdOf(sql`v.id`, sql`v.path`)} AS township_id,
               (SELECT coalesce(sum(CASE WHEN p.span = 'half' THEN 0.5 ELSE 1 END), 0) FROM resident_cadre_presence p
                 WHERE p.assignment_id = a.id AND p.date BETWEEN ${first}::date AND ${last}::date) AS days
          FROM resident_cadre_assignments a JOIN orgs v ON v.id = a.org_id
         WHERE v.path LIKE ${root.path + '%'} AND ${inScope(sql`v.path`, scope)}
           AND a.period_from <= ${last}::date AND (a.period_to IS NULL OR a.period_to >= ${first}::date)
      ) x LEFT JOIN orgs t ON t.id = x.township_id`);
    const settings = await settingsOfTenant(tx, root.path);
    const paths = new Map<number, string>();
    const counts = townshipCounts(
      rows.map((r) => {
        // A village straight under the root with no committee above counts under the root.
        const townshipId = r.township_id === null ? root.id : Number(r.township_id);
        paths.set(townshipId, r.township_path ?? root.path);
        return {
          townshipId,
          townshipName: r.township_name ?? root.name,
          villageId: Number(r.village_id),
          villageName: r.village_name,
          mode: r.mode,
          firstSecretary: r.first_secretary,
          assignmentId: Number(r.id),
          cadreName: r.cadre_name,
          presenceDays: Number(r.days),
          from: r.period_from,
          to: r.period_to,
        };
      }),
      {
        month,
        today,
        minimumDays: (id) =>
          settingFor(settings, paths.get(id) ?? root.path)?.minPresenceDays ?? DEFAULT_MIN_PRESENCE_DAYS,
      },
    );
    return {
      orgId: root.id,
      month,
      minimumDays: settingFor(settings, root.path)?.minPresenceDays ?? DEFAULT_MIN_PRESENCE_DAYS,
      townships: counts,
    };
  });
}

/** The minimum presence days that apply at an org: its own value, the nearest above, or the default. */
export async function getCadreSettings(db: Db, ctx: RequestContext, orgId: number): Promise<CadreSettings> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const org = await complianceRootOrg(tx, scopeOf(actor, 'service.read'), orgId);
    const applying = settingFor(await settingsOfTenant(tx, org.path), org.path);
    return {
      orgId: org.id,
      minPresenceDays: applying?.minPresenceDays ?? DEFAULT_MIN_PRESENCE_DAYS,
      sourceOrgId: applying?.orgId ?? null,
      sourceOrgName: applying?.orgName ?? null,
    };
  });
}

/** A committee sets the minimum for stationed cadres in its tree. */
export async function setCadreSettings(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  input: CadreSettingsInput,
): Promise<CadreSettings> {
  const actor = requirePermission(ctx, 'cadre.manage');
  await db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'cadre.manage', orgId);
    if (org.kind !== 'committee' && org.kind !== 'working_committee') {
      throw badRequest('每月最少在村天数由党委或党工委设定', 'orgId');
    }
    const [before] = await tx
      .select()
      .from(residentCadreSettings)
      .where(sql`${residentCadreSettings.orgId} = ${org.id}`);
    await tx
      .insert(residentCadreSettings)
      .values({ orgId: org.id, minPresenceDays: input.minPresenceDays, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: residentCadreSettings.orgId,
        set: { minPresenceDays: input.minPresenceDays, updatedBy: actor.userId, updatedAt: new Date() },
      });
    await recordAudit(tx, ctx, {
      action: 'resident_cadre.settings_set',
      entityType: 'org',
      entityId: org.id,
      orgId: org.id,
      summary: {
        before: { minPresenceDays: before?.minPresenceDays ?? null },
        after: { minPresenceDays: input.minPresenceDays },
      },
    });
  });
  return getCadreSettings(db, ctx, orgId);
}
