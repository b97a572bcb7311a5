import {
  MAX_PHOTOS_PER_OWNER,
  PHOTO_MAX_BYTES,
  photoTypeOf,
  type VenuePhoto,
  type VenuePhotoOwner,
} from '@jiceng/core';
import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db } from '../../db/connection';
import { AppError, badRequest, conflict, notFound } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { checkReach, requireModelSite, requireVenue } from './access';
import { venuePhotos } from './schema';
import { photoUrl } from './views';

const MAX_MB = PHOTO_MAX_BYTES / 1024 / 1024;

/** The one photo of a multipart upload (field `file`, optional field `caption`), whole and checked. */
export async function readPhoto(request: FastifyRequest): Promise<{ data: Buffer; caption: string | null }> {
  if (!request.isMultipart()) {
    throw new AppError(415, 'bad_request', '请以表单（multipart/form-data）方式上传一张照片', 'file');
  }
  const part = await request.file({ limits: { fileSize: PHOTO_MAX_BYTES, files: 1 } });
  if (!part) throw badRequest('请选择要上传的照片', 'file');
  const tooLarge = () =>
    new AppError(413, 'bad_request', `照片不能超过 ${MAX_MB} MB，请压缩后再上传`, 'file');
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw error;
  }
  if (part.file.truncated || data.length > PHOTO_MAX_BYTES) throw tooLarge();
  if (data.length === 0) throw badRequest('上传的照片是空的', 'file');
  const field = part.fields.caption;
  const caption =
    field && !Array.isArray(field) && field.type === 'field' ? String(field.value).trim().slice(0, 60) : '';
  return { data, caption: caption || null };
}

/**
 * The owner is within the caller's reach with service.manage: checked before an upload is read, so a
 * refused caller's file is never taken in (addPhoto checks again in its own transaction).
 */
export async function checkPhotoOwner(
  db: Db,
  ctx: RequestContext,
  owner: { kind: VenuePhotoOwner; id: number },
): Promise<void> {
  const actor = requirePermission(ctx, 'service.manage');
  await db.transaction(async (tx) => {
    if (owner.kind === 'venue') await requireVenue(tx, actor, 'service.manage', owner.id);
    else await requireModelSite(tx, actor, 'service.manage', owner.id);
  });
}

/** Stores a photo of a venue or a model site (JPEG, PNG or WebP by its bytes; at most 12 each). */
export async function addPhoto(
  db: Db,
  ctx: RequestContext,
  owner: { kind: VenuePhotoOwner; id: number },
  photo: { data: Buffer; caption: string | null },
): Promise<VenuePhoto> {
  const actor = requirePermission(ctx, 'service.manage');
  const contentType = photoTypeOf(photo.data);
  return db.transaction(async (tx) => {
    const { row } =
      owner.kind === 'venue'
        ? await requireVenue(tx, actor, 'service.manage', owner.id, true)
        : await requireModelSite(tx, actor, 'service.manage', owner.id, true);
    if (!contentType) {
      throw new AppError(415, 'bad_request', '照片应为 JPEG、PNG 或 WebP 格式的图片', 'file');
    }
    const ownerColumn = owner.kind === 'venue' ? venuePhotos.venueId : venuePhotos.modelSiteId;
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(venuePhotos)
      .where(eq(ownerColumn, owner.id));
    if (count!.n >= MAX_PHOTOS_PER_OWNER) {
      throw conflict(`每处最多保存 ${MAX_PHOTOS_PER_OWNER} 张照片，请先删除不需要的照片`, 'file');
    }
    const [created] = await tx
      .insert(venuePhotos)
      .values({
        tenantOrgId: row.tenantOrgId,
        orgId: row.orgId,
        venueId: owner.kind === 'venue' ? owner.id : null,
        modelSiteId: owner.kind === 'model_site' ? owner.id : null,
        contentType,
        size: photo.data.length,
        data: photo.data,
        caption: photo.caption,
        createdBy: actor.userId,
      })
      .returning({ id: venuePhotos.id });
    await recordAudit(tx, ctx, {
      action: 'venue.photo_added',
      entityType: 'venue_photo',
      entityId: created!.id,
      orgId: row.orgId,
      summary: { owner: owner.kind, ownerId: owner.id, contentType, size: photo.data.length },
    });
    return {
      id: created!.id,
      contentType,
      size: photo.data.length,
      caption: photo.caption,
      url: photoUrl(created!.id),
    };
  });
}

/** A photo's bytes and type, for those who may read its venue or site. */
export async function getPhoto(
  db: Db,
  ctx: RequestContext,
  id: number,
): Promise<{ data: Buffer; contentType: string }> {
  const actor = requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const [photo] = await tx
      .select({ data: venuePhotos.data, contentType: venuePhotos.contentType, path: orgs.path })
      .from(venuePhotos)
      .innerJoin(orgs, eq(orgs.id, venuePhotos.orgId))
      .where(eq(venuePhotos.id, id));
    if (!photo) throw notFound('照片');
    checkReach(actor, 'service.read', photo.path, '照片');
    return { data: photo.data, contentType: photo.contentType };
  });
}

export async function removePhoto(db: Db, ctx: RequestContext, id: number): Promise<void> {
  const actor = requirePermission(ctx, 'service.manage');
  await db.transaction(async (tx) => {
    const [photo] = await tx
      .select({
        orgId: venuePhotos.orgId,
        venueId: venuePhotos.venueId,
        modelSiteId: venuePhotos.modelSiteId,
        path: orgs.path,
      })
      .from(venuePhotos)
      .innerJoin(orgs, eq(orgs.id, venuePhotos.orgId))
      .where(eq(venuePhotos.id, id));
    if (!photo) throw notFound('照片');
    checkReach(actor, 'service.manage', photo.path, '照片');
    await tx.delete(venuePhotos).where(eq(venuePhotos.id, id));
    await recordAudit(tx, ctx, {
      action: 'venue.photo_removed',
      entityType: 'venue_photo',
      entityId: id,
      orgId: photo.orgId,
      summary: { venueId: photo.venueId, modelSiteId: photo.modelSiteId },
    });
  });
}
