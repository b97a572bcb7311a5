import type { AmendedMark, AmendmentInput, MeetingDetail, MinutesView } from '@jiceng/core';
import { canonicalJson } from '../../audit/hash';
import { ruleViolated } from '../../http/errors';

type Attendee = MeetingDetail['attendees'][number];

/** What an amendment changes in one part of the record: the old values and the new ones. */
export interface Changes<T> {
  before: T;
  after: T;
}

/** The parts of the minutes that differ from the record; what equals it is left out. */
export function minutesChanges(
  minutes: MinutesView,
  input: AmendmentInput['minutes'],
): Changes<Partial<MinutesView>> {
  const after = Object.fromEntries(
    Object.entries(input ?? {}).filter(
      ([key, value]) =>
        value !== undefined && canonicalJson(value) !== canonicalJson(minutes[key as keyof MinutesView]),
    ),
  ) as Partial<MinutesView>;
  const before = Object.fromEntries(
    Object.keys(after).map((k) => [k, minutes[k as keyof MinutesView] ?? null]),
  ) as Partial<MinutesView>;
  return { before, after };
}

const snapshot = (a: Attendee): AmendedMark => ({
  personId: a.personId,
  name: a.name,
  mark: a.mark,
  reason: a.reason,
});

/**
 * The marks that differ from the record. Only the people on the meeting's list (expected, or guests who
 * signed in) were at it or missed it; anyone else is refused by number, since a name outside the list is
 * not the meeting's to reveal.
 */
export function attendanceChanges(
  attendees: readonly Attendee[],
  marks: AmendmentInput['attendance'],
): Changes<AmendedMark[]> {
  const byId = new Map(attendees.map((a) => [a.personId, a]));
  const changes: Changes<AmendedMark[]> = { before: [], after: [] };
  for (const [index, entry] of (marks ?? []).entries()) {
    const current = byId.get(entry.personId);
    if (!current) {
      throw ruleViolated({
        rule: 'org-life.md L3',
        field: `attendance.${index}.personId`,
        message: `人员（编号 ${entry.personId}）不在本次会议的应到或列席名单中，不能更正其出席情况`,
      });
    }
    // The schema makes an excused mark carry its reason; other marks keep none, as when marked before.
    const reason = entry.mark === 'excused' ? (entry.reason ?? '').trim() : null;
    if (entry.mark === current.mark && reason === current.reason) continue;
    changes.before.push(snapshot(current));
    changes.after.push({ ...snapshot(current), mark: entry.mark, reason });
  }
  return changes;
}

/** The attendees as the amendment leaves them, for the quorum and the new hash. */
export function amendedAttendees(attendees: readonly Attendee[], after: readonly AmendedMark[]): Attendee[] {
  const byId = new Map(after.map((c) => [c.personId, c]));
  return attendees.map((a) => {
    const change = byId.get(a.personId);
    return change ? { ...a, mark: change.mark, reason: change.reason } : a;
  });
}
