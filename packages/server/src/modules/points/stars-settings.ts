import {
  checkStarThresholds,
  DEFAULT_STAR_THRESHOLDS,
  type StarCount,
  type StarSettingsView,
  type StarThresholds,
  type StarThresholdsInput,
  type StarThresholdsView,
} from '@jiceng/core';
import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/connection';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import { AppError } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { refuseIfAny } from '../reviews/refused';
import { starSettings } from './schema';

type SettingsRow = typeof starSettings.$inferSelect;

export interface ThresholdsInForce {
  thresholds: StarThresholds;
  publicRanking: boolean;
  /** The org whose row is in force; null for the defaults. */
  sourceOrgId: number | null;
}

const DEFAULTS: ThresholdsInForce = {
  thresholds: DEFAULT_STAR_THRESHOLDS,
  publicRanking: false,
  sourceOrgId: null,
};

/** The org ids on a materialized path, top first: `/1/12/305/` → [1, 12, 305]. */
export function pathIds(path: string): number[] {
  return path
    .split('/')
    .filter((p) => p !== '')
    .map(Number);
}

function fromRow(row: SettingsRow): ThresholdsInForce {
  return {
    thresholds: {
      minPoints: row.minPoints,
      gradeCaps: row.gradeCaps as StarThresholds['gradeCaps'],
    },
    publicRanking: row.publicRanking,
    sourceOrgId: row.orgId,
  };
}

function auditedOf(row: SettingsRow) {
  return { minPoints: row.minPoints, gradeCaps: row.gradeCaps, publicRanking: row.publicRanking };
}

function view(t: ThresholdsInForce): StarThresholdsView {
  const caps = t.thresholds.gradeCaps;
  return {
    minPoints: [...t.thresholds.minPoints] as [number, number, number, number],
    gradeCaps: {
      excellent: caps.excellent,
      qualified: caps.qualified,
      basically_qualified: caps.basically_qualified,
      unqualified: caps.unqualified,
    },
    publicRanking: t.publicRanking,
  };
}

/**
 * For each path, the settings in force: the row of the deepest org on it (the org itself first, then up
 * the tree), else the defaults. One query for any number of paths.
 */
export async function thresholdsForPaths(
  tx: Tx,
  paths: readonly string[],
): Promise<Map<string, ThresholdsInForce>> {
  const ids = [...new Set(paths.flatMap(pathIds))];
  const rows = ids.length ? await tx.select().from(starSettings).where(inArray(starSettings.orgId, ids)) : [];
  const byOrg = new Map(rows.map((r) => [r.orgId, r]));
  const result = new Map<string, ThresholdsInForce>();
  for (const path of paths) {
    const nearest = pathIds(path)
      .reverse()
      .map((id) => byOrg.get(id))
      .find((r) => r !== undefined);
    result.set(path, nearest ? fromRow(nearest) : DEFAULTS);
  }
  return result;
}

async function settingsView(tx: Tx, org: { id: number; name: string; path: string }) {
  const inForce = (await thresholdsForPaths(tx, [org.path])).get(org.path)!;
  const [own] = await tx.select().from(starSettings).where(eq(starSettings.orgId, org.id));
  let source: StarSettingsView['source'] = null;
  if (inForce.sourceOrgId !== null) {
    const [s] = await tx
      .select({ orgId: orgs.id, orgName: orgs.name })
      .from(orgs)
      .where(eq(orgs.id, inForce.sourceOrgId));
    source = s ?? null;
  }
  return {
    orgId: org.id,
    orgName: org.name,
    inForce: view(inForce),
    source,
    own: own ? view(fromRow(own)) : null,
  } satisfies StarSettingsView;
}

export async function getStarSettings(db: Db, ctx: RequestContext, orgId: number): Promise<StarSettingsView> {
  const actor = requirePermission(ctx, 'points.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'points.read', orgId);
    return settingsView(tx, org);
  });
}

/**
 * An org sets its own thresholds (and the board's ranking switch) for itself and everything below that
 * sets none; a lower org may set its own in turn — the nearest wins, as with the points rules.
 */
export async function putStarSettings(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  input: StarThresholdsInput,
): Promise<StarSettingsView> {
  const actor = requirePermission(ctx, 'points.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'points.manage', orgId);
    const thresholds: StarThresholds = {
      minPoints: input.minPoints,
      gradeCaps: input.gradeCaps as Record<keyof StarThresholds['gradeCaps'], StarCount>,
    };
    refuseIfAny(checkStarThresholds(thresholds));
    const [before] = await tx.select().from(starSettings).where(eq(starSettings.orgId, org.id));
    const values = {
      minPoints: [...input.minPoints] as [number, number, number, number],
      gradeCaps: { ...input.gradeCaps },
      publicRanking: input.publicRanking ?? before?.publicRanking ?? false,
      updatedBy: actor.userId,
      updatedAt: new Date(),
    };
    await tx
      .insert(starSettings)
      .values({ orgId: org.id, ...values })
      .onConflictDoUpdate({ target: starSettings.orgId, set: values });
    await recordAudit(tx, ctx, {
      action: 'points.star_settings_set',
      entityType: 'org',
      entityId: org.id,
      orgId: org.id,
      summary: {
        before: before ? auditedOf(before) : null,
        after: {
          minPoints: values.minPoints,
          gradeCaps: values.gradeCaps,
          publicRanking: values.publicRanking,
        },
      },
    });
    return settingsView(tx, org);
  });
}

/**
 * An org drops its own thresholds: it and the orgs below that set none follow the nearest org above again
 * (or the defaults). Audited as a setting whose `after` is null, as an emptied set of points rules is.
 */
export async function removeStarSettings(
  db: Db,
  ctx: RequestContext,
  orgId: number,
): Promise<StarSettingsView> {
  const actor = requirePermission(ctx, 'points.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'points.manage', orgId);
    const [before] = await tx.delete(starSettings).where(eq(starSettings.orgId, org.id)).returning();
    if (!before) throw new AppError(404, 'not_found', '本组织没有自行设置星级评定标准，无需恢复继承');
    await recordAudit(tx, ctx, {
      action: 'points.star_settings_set',
      entityType: 'org',
      entityId: org.id,
      orgId: org.id,
      summary: { before: auditedOf(before), after: null },
    });
    return settingsView(tx, org);
  });
}
