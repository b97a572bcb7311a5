import type {
  ModelSite,
  ModelSiteInput,
  ModelSitePage,
  ModelSitesQuery,
  ModelSiteUpdate,
} from '@jiceng/core';
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { inScope, requireOrg, requirePermission, scopeOf } from '../../auth/access';
import { diff, recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { badRequest, conflict } from '../../http/errors';
import { complianceRootOrg } from '../compliance/reach';
import { orgs } from '../orgs/schema';
import { requireModelSite, requireVenue } from './access';
import { modelSites, venuePhotos } from './schema';
import { loadModelSites, loadPhotos, loadVenue } from './views';

const MODEL_SITE_ORG_KINDS = ['branch', 'joint_branch', 'general_branch'];

async function loadModelSite(tx: Tx, id: number): Promise<ModelSite> {
  const [site] = await loadModelSites(tx, eq(modelSites.id, id));
  return site!;
}

/** 命名示范点: a venue or a branch, once per level and year while not withdrawn. */
export async function createModelSite(
  db: Db,
  ctx: RequestContext,
  input: ModelSiteInput,
): Promise<ModelSite> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    let orgId: number;
    let venueId: number | null = null;
    if (input.venueId != null) {
      const { row } = await requireVenue(tx, actor, 'service.manage', input.venueId);
      if (row.closedAt) throw conflict('该场所已停用，不能命名为示范点', 'venueId');
      orgId = row.orgId;
      venueId = row.id;
    } else {
      const org = await requireOrg(tx, actor, 'service.manage', input.orgId!);
      if (!MODEL_SITE_ORG_KINDS.includes(org.kind)) {
        throw badRequest('示范点所在党组织（orgId）应为党支部或党总支，或选择一个活动场所', 'orgId');
      }
      orgId = org.id;
    }
    const target =
      venueId === null
        ? and(eq(modelSites.orgId, orgId), isNull(modelSites.venueId))
        : eq(modelSites.venueId, venueId);
    const [existing] = await tx
      .select({ id: modelSites.id })
      .from(modelSites)
      .where(
        and(
          target,
          eq(modelSites.level, input.level),
          eq(modelSites.year, input.year),
          isNull(modelSites.withdrawnAt),
        ),
      );
    if (existing) throw conflict(`${input.year} 年已命名为同级示范点，不能重复命名（year）`, 'year');
    const [orgRow] = await tx.select({ tenantOrgId: orgs.tenantOrgId }).from(orgs).where(eq(orgs.id, orgId));
    const [row] = await tx
      .insert(modelSites)
      .values({
        tenantOrgId: orgRow!.tenantOrgId,
        venueId,
        orgId,
        title: input.title,
        level: input.level,
        year: input.year,
        practices: input.practices,
        createdBy: actor.userId,
      })
      .returning({ id: modelSites.id });
    await recordAudit(tx, ctx, {
      action: 'model_site.created',
      entityType: 'model_site',
      entityId: row!.id,
      orgId,
      summary: { after: { title: input.title, level: input.level, year: input.year, venueId, orgId } },
    });
    return loadModelSite(tx, row!.id);
  });
}

/** Edits the title and practices, or withdraws the site (摘牌) with a reason; a withdrawn site stays on record. */
export async function updateModelSite(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: ModelSiteUpdate,
): Promise<ModelSite> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const { row } = await requireModelSite(tx, actor, 'service.manage', id, true);
    if (row.withdrawnAt) throw conflict('该示范点已撤销，不能再修改');
    const withdrawing = Boolean(input.withdrawnReason);
    await tx
      .update(modelSites)
      .set({
        ...(input.title === undefined ? {} : { title: input.title }),
        ...(input.practices === undefined ? {} : { practices: input.practices }),
        ...(withdrawing ? { withdrawnAt: new Date(), withdrawnReason: input.withdrawnReason } : {}),
        updatedAt: new Date(),
      })
      .where(eq(modelSites.id, id));
    await recordAudit(tx, ctx, {
      action: withdrawing ? 'model_site.withdrawn' : 'model_site.updated',
      entityType: 'model_site',
      entityId: id,
      orgId: row.orgId,
      summary: {
        ...diff(
          { title: row.title, practices: row.practices },
          { title: input.title, practices: input.practices },
        ),
        ...(withdrawing ? { withdrawnReason: input.withdrawnReason } : {}),
      },
    });
    return loadModelSite(tx, id);
  });
}

/** Model sites within reach, under an org, of a level and year. */
export async function listModelSites(
  db: Db,
  ctx: RequestContext,
  query: ModelSitesQuery,
): Promise<ModelSite[]> {
  const actor = requirePermission(ctx, 'service.read');
  const scope = scopeOf(actor, 'service.read');
  return db.transaction(async (tx) => {
    const conditions: SQL[] = [inScope(orgs.path, scope)];
    if (query.orgId) {
      const root = await complianceRootOrg(tx, scope, query.orgId);
      conditions.push(sql`${orgs.path} LIKE ${root.path + '%'}`);
    }
    if (query.level) conditions.push(eq(modelSites.level, query.level));
    if (query.year) conditions.push(eq(modelSites.year, query.year));
    return loadModelSites(tx, and(...conditions)!);
  });
}

/** The model-site page: the site, its branch (secretary, members, the org above), its venue and photos. */
export async function modelSitePage(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  id: number,
): Promise<ModelSitePage> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const { row } = await requireModelSite(tx, actor, 'service.read', id);
    const { rows } = await tx.execute<{
      name: string;
      parent_name: string | null;
      secretary: string | null;
      members: number;
    }>(sql`
      SELECT o.name, p.name AS parent_name,
             (SELECT op.holder_name FROM org_posts op
               WHERE op.org_id = o.id AND op.post = 'secretary' AND op.ended_on IS NULL
               ORDER BY op.started_on DESC NULLS LAST LIMIT 1) AS secretary,
             (SELECT count(*)::int FROM persons m
               WHERE m.org_path LIKE o.path || '%' AND m.stage IN ('probationary', 'full')
                 AND m.standing = 'active' AND m.transferred_out_on IS NULL) AS members
        FROM orgs o LEFT JOIN orgs p ON p.id = o.parent_id WHERE o.id = ${row.orgId}`);
    const branch = rows[0]!;
    return {
      site: await loadModelSite(tx, id),
      branch: {
        orgId: row.orgId,
        name: branch.name,
        secretaryName: branch.secretary,
        members: Number(branch.members),
        parentName: branch.parent_name,
      },
      venue: row.venueId === null ? null : await loadVenue(tx, cipher, row.venueId),
      photos: [
        ...(await loadPhotos(tx, eq(venuePhotos.modelSiteId, id))),
        ...(row.venueId === null ? [] : await loadPhotos(tx, eq(venuePhotos.venueId, row.venueId))),
      ],
    };
  });
}
