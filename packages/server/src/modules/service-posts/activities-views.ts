import {
  recurrenceLabel,
  type ActivityAttendanceMark,
  type ActivityOccurrence,
  type ActivityOccurrenceDetail,
  type ActivitySeries,
  type ActivitySeriesState,
  type OccurrenceState,
  type PhotoType,
} from '@jiceng/core';
import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { orgs } from '../orgs/schema';
import { persons } from '../persons/schema';
import { activityOccurrences, activityPhotos, activitySeries, activitySignups } from './schema';

export async function loadSeries(tx: Tx, where: SQL | undefined): Promise<ActivitySeries[]> {
  const rows = await tx
    .select({
      s: activitySeries,
      orgName: orgs.name,
      occurrences: sql<number>`(SELECT count(*)::int FROM ${activityOccurrences} o
                                WHERE o.series_id = ${activitySeries.id} AND o.state = 'planned')`,
    })
    .from(activitySeries)
    .innerJoin(orgs, eq(orgs.id, activitySeries.orgId))
    .where(where)
    .orderBy(asc(activitySeries.state), desc(activitySeries.startsOn), desc(activitySeries.id));
  return rows.map(({ s, orgName, occurrences }) => ({
    id: s.id,
    orgId: s.orgId,
    orgName,
    title: s.title,
    description: s.description,
    place: s.place,
    recurrence: s.recurrence,
    recurrenceLabel: recurrenceLabel(s.recurrence),
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    hoursCredited: Number(s.hoursCredited),
    capacity: s.capacity,
    state: s.state as ActivitySeriesState,
    occurrenceCount: Number(occurrences),
  }));
}

export async function loadOneSeries(tx: Tx, id: number): Promise<ActivitySeries> {
  const [series] = await loadSeries(tx, eq(activitySeries.id, id));
  return series!;
}

const occurrenceColumns = {
  o: activityOccurrences,
  title: activitySeries.title,
  place: activitySeries.place,
  hoursCredited: activitySeries.hoursCredited,
  capacity: activitySeries.capacity,
  orgName: orgs.name,
  signups: sql<number>`(SELECT count(*)::int FROM ${activitySignups} s
                        WHERE s.occurrence_id = ${activityOccurrences.id} AND s.signed_up)`,
  present: sql<number>`(SELECT count(*)::int FROM ${activitySignups} s
                        WHERE s.occurrence_id = ${activityOccurrences.id} AND s.mark = 'present')`,
  photos: sql<number>`(SELECT count(*)::int FROM ${activityPhotos} p
                       WHERE p.occurrence_id = ${activityOccurrences.id})`,
};

type OccurrenceRow = {
  o: typeof activityOccurrences.$inferSelect;
  title: string;
  place: string;
  hoursCredited: number;
  capacity: number | null;
  orgName: string;
  signups: number;
  present: number;
  photos: number;
};

function occurrenceView(r: OccurrenceRow): ActivityOccurrence {
  return {
    id: r.o.id,
    seriesId: r.o.seriesId,
    title: r.title,
    orgId: r.o.orgId,
    orgName: r.orgName,
    heldOn: r.o.heldOn,
    place: r.place,
    state: r.o.state as OccurrenceState,
    cancelReason: r.o.cancelReason,
    hoursCredited: Number(r.hoursCredited),
    capacity: r.capacity,
    signupCount: Number(r.signups),
    presentCount: Number(r.present),
    photoCount: Number(r.photos),
  };
}

/** Occurrences matching `where` (over occurrences, their series and org), in date order. */
export async function loadOccurrences(tx: Tx, where: SQL | undefined): Promise<ActivityOccurrence[]> {
  const rows = await tx
    .select(occurrenceColumns)
    .from(activityOccurrences)
    .innerJoin(activitySeries, eq(activitySeries.id, activityOccurrences.seriesId))
    .innerJoin(orgs, eq(orgs.id, activityOccurrences.orgId))
    .where(where)
    .orderBy(asc(activityOccurrences.heldOn), asc(activityOccurrences.id));
  return rows.map(occurrenceView);
}

/** Occurrences with the given member's sign-up, mark and hours. */
export async function loadMemberOccurrences(tx: Tx, personId: number, where: SQL) {
  const rows = await tx
    .select({
      ...occurrenceColumns,
      signedUp: sql<boolean>`coalesce(${activitySignups.signedUp}, false)`,
      mark: activitySignups.mark,
      hours: activitySignups.hours,
    })
    .from(activityOccurrences)
    .innerJoin(activitySeries, eq(activitySeries.id, activityOccurrences.seriesId))
    .innerJoin(orgs, eq(orgs.id, activityOccurrences.orgId))
    .leftJoin(
      activitySignups,
      sql`${activitySignups.occurrenceId} = ${activityOccurrences.id} AND ${activitySignups.personId} = ${personId}`,
    )
    .where(where)
    .orderBy(asc(activityOccurrences.heldOn), asc(activityOccurrences.id));
  return rows.map((r) => ({
    ...occurrenceView(r),
    signedUp: Boolean(r.signedUp),
    mark: (r.mark as ActivityAttendanceMark | null) ?? null,
    hours: Number(r.hours ?? 0),
  }));
}

/** One occurrence with everyone signed up or marked, and its photos. */
export async function loadOccurrenceDetail(tx: Tx, id: number): Promise<ActivityOccurrenceDetail> {
  const [occurrence] = await loadOccurrences(tx, eq(activityOccurrences.id, id));
  const signups = await tx
    .select({ s: activitySignups, name: persons.name, orgName: orgs.name })
    .from(activitySignups)
    .innerJoin(persons, eq(persons.id, activitySignups.personId))
    .innerJoin(orgs, eq(orgs.id, persons.orgId))
    .where(eq(activitySignups.occurrenceId, id))
    .orderBy(asc(orgs.path), asc(persons.name), asc(persons.id));
  const photos = await tx
    .select({
      id: activityPhotos.id,
      contentType: activityPhotos.contentType,
      size: activityPhotos.size,
      createdAt: activityPhotos.createdAt,
    })
    .from(activityPhotos)
    .where(eq(activityPhotos.occurrenceId, id))
    .orderBy(asc(activityPhotos.id));
  return {
    ...occurrence!,
    signups: signups.map(({ s, name, orgName }) => ({
      personId: s.personId,
      name,
      orgName,
      signedUp: s.signedUp,
      mark: (s.mark as ActivityAttendanceMark | null) ?? null,
      hours: Number(s.hours),
    })),
    photos: photos.map((p) => ({
      id: p.id,
      contentType: p.contentType as PhotoType,
      size: p.size,
      uploadedAt: p.createdAt.toISOString(),
    })),
  };
}
