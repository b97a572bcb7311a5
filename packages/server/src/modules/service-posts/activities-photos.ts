import { PHOTO_MAX_BYTES, photoTypeOf, type ActivityOccurrenceDetail, type PhotoType } from '@jiceng/core';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../../auth/actor';
import { requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { AppError, badRequest, notFound } from '../../http/errors';
import { loadOccurrenceDetail } from './activities-views';
import { requireOccurrence } from './activities-attendance';
import { activityPhotos } from './schema';

const PHOTO_MAX_MB = PHOTO_MAX_BYTES / 1024 / 1024;
const tooLarge = () => new AppError(413, 'bad_request', `照片不能超过 ${PHOTO_MAX_MB} MB`, 'file');

/** The one image of a multipart upload (field `file`), whole, at most 2 MB. */
export async function readPhotoUpload(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) {
    throw new AppError(415, 'bad_request', '请以表单（multipart/form-data）方式上传一张照片');
  }
  const part = await request.file({ limits: { fileSize: PHOTO_MAX_BYTES, files: 1 } });
  if (!part) throw badRequest('请选择要上传的照片', 'file');
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw error;
  }
  if (part.file.truncated || data.length > PHOTO_MAX_BYTES) throw tooLarge();
  if (data.length === 0) throw badRequest('上传的照片是空的', 'file');
  return data;
}

/**
 * Checks the actor may add photos to the occurrence before its upload is read, so a request outside
 * reach is refused as such whatever it carries (and no upload is read for nothing).
 */
export async function checkPhotoTarget(db: Db, ctx: RequestContext, occurrenceId: number): Promise<void> {
  requirePermission(ctx, 'service.manage');
  await db.transaction((tx) => requireOccurrence(tx, ctx, occurrenceId, 'service.manage'));
}

/** Adds a photo to an occurrence; only JPEG, PNG and WebP, told by the bytes, whatever the name says. */
export async function addPhoto(
  db: Db,
  ctx: RequestContext,
  occurrenceId: number,
  data: Buffer,
): Promise<ActivityOccurrenceDetail> {
  requirePermission(ctx, 'service.manage');
  const contentType = photoTypeOf(data);
  if (!contentType) throw badRequest('照片只能是 JPEG、PNG 或 WebP 格式的图片', 'file');
  return db.transaction(async (tx) => {
    const { occ, actor } = await requireOccurrence(tx, ctx, occurrenceId, 'service.manage', true);
    const [photo] = await tx
      .insert(activityPhotos)
      .values({
        tenantOrgId: occ.tenantOrgId,
        occurrenceId,
        contentType,
        size: data.length,
        data,
        uploadedBy: actor.userId,
      })
      .returning({ id: activityPhotos.id });
    await recordAudit(tx, ctx, {
      action: 'activity.photo_added',
      entityType: 'activity_photo',
      entityId: photo!.id,
      orgId: occ.orgId,
      summary: { after: { occurrenceId, contentType, size: data.length } },
    });
    return loadOccurrenceDetail(tx, occurrenceId);
  });
}

async function photoOccurrence(tx: Tx, photoId: number) {
  const [row] = await tx
    .select({ occurrenceId: activityPhotos.occurrenceId })
    .from(activityPhotos)
    .where(eq(activityPhotos.id, photoId));
  if (!row) throw notFound('照片');
  return row.occurrenceId;
}

/** A photo's bytes and type, for whoever may read its occurrence. */
export async function readPhoto(
  db: Db,
  ctx: RequestContext,
  photoId: number,
): Promise<{ contentType: PhotoType; data: Buffer }> {
  requirePermission(ctx, 'service.read');
  return db.transaction(async (tx) => {
    const occurrenceId = await photoOccurrence(tx, photoId);
    await requireOccurrence(tx, ctx, occurrenceId, 'service.read').catch((error: { status?: number }) => {
      throw error.status === 404 ? notFound('照片') : error;
    });
    const [photo] = await tx
      .select({ contentType: activityPhotos.contentType, data: activityPhotos.data })
      .from(activityPhotos)
      .where(eq(activityPhotos.id, photoId));
    return { contentType: photo!.contentType as PhotoType, data: photo!.data };
  });
}

export async function deletePhoto(
  db: Db,
  ctx: RequestContext,
  photoId: number,
): Promise<ActivityOccurrenceDetail> {
  requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const occurrenceId = await photoOccurrence(tx, photoId);
    const { occ } = await requireOccurrence(tx, ctx, occurrenceId, 'service.manage', true).catch(
      (error: { status?: number }) => {
        throw error.status === 404 ? notFound('照片') : error;
      },
    );
    await tx.delete(activityPhotos).where(eq(activityPhotos.id, photoId));
    await recordAudit(tx, ctx, {
      action: 'activity.photo_deleted',
      entityType: 'activity_photo',
      entityId: photoId,
      orgId: occ.orgId,
      summary: { before: { occurrenceId } },
    });
    return loadOccurrenceDetail(tx, occurrenceId);
  });
}
