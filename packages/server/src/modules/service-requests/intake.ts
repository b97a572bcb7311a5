import {
  chinaDateTimeLabel,
  deadlinesFrom,
  SERVICE_REQUEST_CHANNEL_LABELS,
  SERVICE_REQUEST_KIND_LABELS,
  TRACKING_CODE_ALPHABET,
  type HotlineServiceRequestInput,
  type PublicServiceOrg,
  type PublicServiceReceipt,
  type PublicServiceRequestInput,
  type ServiceRequestChannel,
  type ServiceRequestItem,
} from '@jiceng/core';
import { randomInt } from 'node:crypto';
import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { AppError } from '../../http/errors';
import { orgContacts } from '../notifications/org-contacts';
import { notify } from '../notifications/service';
import { orgs } from '../orgs/schema';
import { deadlinesAt } from './deadline-settings';
import { serviceRequests } from './schema';
import { addEvent, selectItems, toItem } from './views';

/** The units residents file to: villages and communities. */
const PUBLIC_UNIT_KINDS = ['village', 'community'];

export function newTrackingCode(): string {
  let code = '';
  for (let i = 0; i < 10; i += 1) code += TRACKING_CODE_ALPHABET[randomInt(TRACKING_CODE_ALPHABET.length)];
  return code;
}

/** Villages and communities a resident may file a request to: name and id, nothing else. */
export async function publicServiceOrgs(db: Db): Promise<PublicServiceOrg[]> {
  return (
    db
      .select({ id: orgs.id, name: orgs.name })
      .from(orgs)
      // Party groups carry their branch's unit kind; residents file to the branch, not to a group.
      .where(and(inArray(orgs.unitKind, PUBLIC_UNIT_KINDS), ne(orgs.kind, 'group'), isNull(orgs.dissolvedAt)))
      .orderBy(asc(orgs.path))
  );
}

interface NewRequest {
  org: { id: number; name: string; path: string; tenantOrgId: number };
  input: PublicServiceRequestInput;
  channel: ServiceRequestChannel;
  createdBy: number | null;
  actorName: string | null;
  now: Date;
}

/** Writes a new request with its deadlines, its first timeline step and its audit row; tells the org. */
async function insertRequest(
  tx: Tx,
  cipher: DataCipher,
  ctx: RequestContext,
  r: NewRequest,
): Promise<number> {
  const minutes = (await deadlinesAt(tx, r.org.path))[r.input.kind];
  const { respondBy, resolveBy } = deadlinesFrom(r.now, minutes);
  let trackingCode = newTrackingCode();
  // Ten characters of 31 make a clash all but impossible; a clash is simply drawn again.
  while (
    (
      await tx
        .select({ id: serviceRequests.id })
        .from(serviceRequests)
        .where(eq(serviceRequests.trackingCode, trackingCode))
    ).length
  ) {
    trackingCode = newTrackingCode();
  }
  const [row] = await tx
    .insert(serviceRequests)
    .values({
      tenantOrgId: r.org.tenantOrgId,
      orgId: r.org.id,
      trackingCode,
      kind: r.input.kind,
      channel: r.channel,
      text: r.input.text,
      contactName: r.input.contactName,
      contactPhoneEnc: cipher.encrypt(r.input.contactPhone),
      contactPhoneHash: cipher.lookupHash(r.input.contactPhone),
      address: r.input.address || null,
      state: 'submitted',
      submittedAt: r.now,
      respondBy,
      resolveBy,
      createdBy: r.createdBy,
    })
    .returning({ id: serviceRequests.id });
  const id = row!.id;
  await addEvent(tx, {
    requestId: id,
    at: r.now,
    action: 'submitted',
    note: SERVICE_REQUEST_CHANNEL_LABELS[r.channel],
    actorUserId: r.createdBy,
    actorName: r.actorName,
  });
  await recordAudit(tx, ctx, {
    action: 'service_request.submitted',
    entityType: 'service_request',
    entityId: id,
    orgId: r.org.id,
    summary: { after: { kind: r.input.kind, channel: r.channel, trackingCode } },
  });
  const kindLabel = SERVICE_REQUEST_KIND_LABELS[r.input.kind];
  const contacts = (await orgContacts(tx, cipher, [r.org.id])).get(r.org.id)!;
  await notify(tx, cipher, {
    userIds: contacts.userIds,
    // An urgent request is texted to the secretary too: someone must be on site within the hour.
    smsPhones: r.input.kind === 'urgent' ? contacts.phones : [],
    title: `新的${kindLabel}：${r.org.name}`,
    body: `${r.input.text.slice(0, 60)}（查询码 ${trackingCode}），请在 ${chinaDateTimeLabel(respondBy)} 前响应。`,
  });
  return id;
}

async function orgForIntake(tx: Tx, orgId: number) {
  const [org] = await tx
    .select({
      id: orgs.id,
      name: orgs.name,
      path: orgs.path,
      tenantOrgId: orgs.tenantOrgId,
      unitKind: orgs.unitKind,
      kind: orgs.kind,
    })
    .from(orgs)
    .where(and(eq(orgs.id, orgId), isNull(orgs.dissolvedAt)));
  return org;
}

/** A resident's request from the public page: to a village or community only, answered with its code. */
export async function submitPublicRequest(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: PublicServiceRequestInput,
  now: Date,
): Promise<PublicServiceReceipt> {
  return db.transaction(async (tx) => {
    const org = await orgForIntake(tx, input.orgId);
    if (!org || !PUBLIC_UNIT_KINDS.includes(org.unitKind ?? '') || org.kind === 'group') {
      throw new AppError(422, 'validation_failed', '请从列表中选择所在村（社区）', 'orgId');
    }
    const id = await insertRequest(tx, cipher, ctx, {
      org,
      input,
      channel: 'public',
      createdBy: null,
      actorName: null,
      now,
    });
    const [r] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id));
    return {
      trackingCode: r!.trackingCode,
      kindLabel: SERVICE_REQUEST_KIND_LABELS[input.kind],
      orgName: org.name,
      submittedAt: r!.submittedAt.toISOString(),
      respondBy: r!.respondBy.toISOString(),
      resolveBy: r!.resolveBy.toISOString(),
    };
  });
}

/** A request typed in by staff from a hotline call or a visit, to any org in their service reach. */
export async function submitHotlineRequest(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  input: HotlineServiceRequestInput,
  now: Date,
): Promise<ServiceRequestItem> {
  const actor = requirePermission(ctx, 'service.manage');
  return db.transaction(async (tx) => {
    const reached = await requireOrg(tx, actor, 'service.manage', input.orgId);
    const org = (await orgForIntake(tx, reached.id))!;
    const { channel, ...fields } = input;
    const id = await insertRequest(tx, cipher, ctx, {
      org,
      input: fields,
      channel,
      createdBy: actor.userId,
      actorName: actor.displayName,
      now,
    });
    const [row] = await selectItems(tx, eq(serviceRequests.id, id));
    return toItem(row!, cipher, now);
  });
}
