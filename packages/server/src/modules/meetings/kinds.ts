import {
  ATTENDEE_SCOPES,
  attendeeScopeOf,
  isBaseMeetingKind,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  type AttendeeScope,
  type CustomKindInput,
  type MeetingKindOption,
} from '@jiceng/core';
import { asc, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../auth/actor';
import { requireOrg, requirePermission } from '../../auth/access';
import { recordAudit } from '../../audit/service';
import type { Db, Tx } from '../../db/connection';
import { conflict } from '../../http/errors';
import { orgs } from '../orgs/schema';
import { customMeetingKinds } from './schema';

/** The org itself and every org above it, from its materialized path (`/1/12/305/`). */
export function ancestorIdsOf(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

function scopeOf(value: string): AttendeeScope {
  return (ATTENDEE_SCOPES as readonly string[]).includes(value) ? (value as AttendeeScope) : 'all_members';
}

/** The kinds of org-life.md, then the kinds the org and the orgs above it added (the nearest first). */
export async function kindsFor(tx: Tx, orgPath: string): Promise<MeetingKindOption[]> {
  const base: MeetingKindOption[] = MEETING_KINDS.map((key) => ({
    key,
    label: MEETING_KIND_LABELS[key],
    attendeeScope: attendeeScopeOf(key),
    orgId: null,
    orgName: null,
  }));
  const ancestors = ancestorIdsOf(orgPath);
  const rows = await tx
    .select({ kind: customMeetingKinds, orgName: orgs.name, depth: orgs.depth })
    .from(customMeetingKinds)
    .innerJoin(orgs, eq(orgs.id, customMeetingKinds.orgId))
    .where(inArray(customMeetingKinds.orgId, ancestors))
    .orderBy(asc(orgs.depth), asc(customMeetingKinds.id));
  // A key added again lower down is the lower org's own: the nearest definition wins.
  const byKey = new Map<string, MeetingKindOption>();
  for (const { kind, orgName } of rows) {
    byKey.set(kind.key, {
      key: kind.key,
      label: kind.label,
      attendeeScope: scopeOf(kind.attendeeScope),
      orgId: kind.orgId,
      orgName,
    });
  }
  return [...base, ...byKey.values()];
}

/** A kind the org may use, or null when it is neither a base kind nor one of its tree's own. */
export async function resolveKind(tx: Tx, orgPath: string, key: string): Promise<MeetingKindOption | null> {
  if (isBaseMeetingKind(key)) {
    return {
      key,
      label: MEETING_KIND_LABELS[key],
      attendeeScope: attendeeScopeOf(key),
      orgId: null,
      orgName: null,
    };
  }
  return (await kindsFor(tx, orgPath)).find((k) => k.key === key) ?? null;
}

/**
 * Names kinds for meetings of several orgs at once (a list): each custom key takes the label of the
 * nearest org above the meeting's org that defines it.
 */
export async function kindLabeler(tx: Tx, orgPaths: readonly string[]) {
  const ids = [...new Set(orgPaths.flatMap(ancestorIdsOf))];
  const rows = ids.length
    ? await tx
        .select({
          orgId: customMeetingKinds.orgId,
          key: customMeetingKinds.key,
          label: customMeetingKinds.label,
        })
        .from(customMeetingKinds)
        .where(inArray(customMeetingKinds.orgId, ids))
    : [];
  return (kind: string, orgPath: string): string => {
    if (isBaseMeetingKind(kind)) return MEETING_KIND_LABELS[kind];
    const chain = ancestorIdsOf(orgPath);
    let best: { depth: number; label: string } | null = null;
    for (const row of rows) {
      const depth = chain.indexOf(row.orgId);
      if (row.key === kind && depth >= 0 && (!best || depth > best.depth)) best = { depth, label: row.label };
    }
    return best?.label ?? kind;
  };
}

export async function listKinds(db: Db, ctx: RequestContext, orgId: number): Promise<MeetingKindOption[]> {
  const actor = requirePermission(ctx, 'meeting.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'meeting.read', orgId);
    return kindsFor(tx, org.path);
  });
}

/** An org's own kind (红色星期六…), for itself and everything below it. */
export async function addKind(
  db: Db,
  ctx: RequestContext,
  orgId: number,
  input: CustomKindInput,
): Promise<MeetingKindOption> {
  const actor = requirePermission(ctx, 'meeting.manage');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'meeting.manage', orgId);
    const existing = (await kindsFor(tx, org.path)).find((k) => k.key === input.key);
    if (existing) {
      throw conflict(
        existing.orgId === org.id
          ? `本组织已有活动类别“${existing.label}”（${input.key}）`
          : `上级党组织已设置活动类别“${existing.label}”（${input.key}）`,
        'key',
      );
    }
    const [created] = await tx
      .insert(customMeetingKinds)
      .values({
        orgId: org.id,
        key: input.key,
        label: input.label,
        attendeeScope: input.attendeeScope,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'meeting.kind_added',
      entityType: 'org',
      entityId: org.id,
      orgId: org.id,
      summary: { after: { key: input.key, label: input.label, attendeeScope: input.attendeeScope } },
    });
    return {
      key: created!.key,
      label: created!.label,
      attendeeScope: input.attendeeScope,
      orgId: org.id,
      orgName: org.name,
    };
  });
}
