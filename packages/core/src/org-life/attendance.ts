import type { IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/errors';

/** org-life.md L3: each person's attendance, with a reason when excused. */
export const ATTENDANCE_MARKS = ['present', 'absent', 'excused'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

export const ATTENDANCE_MARK_LABELS: Record<AttendanceMark, string> = {
  present: '出席',
  absent: '缺席',
  excused: '请假',
};

export interface AttendanceEntry {
  personId: number;
  mark: AttendanceMark;
  reason?: string | null;
}

/** The parts of the minutes L3 requires as text; decisions may be empty (a lecture decides nothing). */
export interface MinutesText {
  topics: string;
  decisions: string;
  host: string;
  recorder: string;
  place: string;
}

export interface MeetingCloseInput {
  minutes: MinutesText | null;
  /** Everyone expected at the meeting (the attendee scope, resolved by the caller). */
  expected: readonly number[];
  marks: readonly AttendanceEntry[];
  heldOn: IsoDate;
  today: IsoDate;
}

const L3 = 'org-life.md L3';

const REQUIRED_MINUTES_FIELDS: readonly { key: keyof MinutesText; label: string }[] = [
  { key: 'place', label: '地点' },
  { key: 'host', label: '主持人' },
  { key: 'recorder', label: '记录人' },
  { key: 'topics', label: '议题' },
];

/**
 * What stops a meeting from being closed (closed = it counts toward L1): the minutes with their required
 * parts, a mark for every expected person and for no one else, a reason for each excused person, and a
 * date that has come.
 */
export function checkMeetingClose(input: MeetingCloseInput): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (input.heldOn > input.today) {
    violations.push({
      rule: L3,
      field: 'heldOn',
      message: `召开日期（${input.heldOn}）晚于今天，会议召开后才能归档`,
      allowedFrom: input.heldOn,
    });
  }
  if (input.minutes === null) {
    violations.push({ rule: L3, field: 'minutes', message: '须填写会议记录' });
  } else {
    for (const { key, label } of REQUIRED_MINUTES_FIELDS) {
      if (!input.minutes[key].trim()) {
        violations.push({ rule: L3, field: `minutes.${key}`, message: `会议记录须填写${label}` });
      }
    }
  }
  const expected = new Set(input.expected);
  const marked = new Set<number>();
  let duplicates = 0;
  let strangers = 0;
  let excusedWithoutReason = 0;
  for (const entry of input.marks) {
    if (marked.has(entry.personId)) duplicates += 1;
    marked.add(entry.personId);
    if (!expected.has(entry.personId)) strangers += 1;
    if (entry.mark === 'excused' && !entry.reason?.trim()) excusedWithoutReason += 1;
  }
  const unmarked = [...expected].filter((id) => !marked.has(id)).length;
  if (unmarked > 0) {
    violations.push({ rule: L3, field: 'marks', message: `还有 ${unmarked} 名应到人员未登记出席情况` });
  }
  if (strangers > 0) {
    violations.push({ rule: L3, field: 'marks', message: `${strangers} 条出席情况登记的不是应到人员` });
  }
  if (duplicates > 0) {
    violations.push({ rule: L3, field: 'marks', message: `${duplicates} 名人员的出席情况重复登记` });
  }
  if (excusedWithoutReason > 0) {
    violations.push({
      rule: L3,
      field: 'marks',
      message: `${excusedWithoutReason} 名请假人员未填写请假原因`,
    });
  }
  return violations;
}

export interface QuorumResult {
  quorate: boolean;
  /** The fewest present that make a quorum. */
  needed: number;
}

/**
 * org-life.md L2: more than half of the full members present. Probationary members attend but are never
 * counted, so the caller passes full members only.
 */
export function generalMeetingQuorum(counts: { fullMembers: number; fullPresent: number }): QuorumResult {
  return {
    quorate: counts.fullPresent * 2 > counts.fullMembers,
    needed: Math.floor(counts.fullMembers / 2) + 1,
  };
}

/** org-life.md L2: 半数以上 read strictly, more than half of the committee. */
export function committeeQuorum(counts: { size: number; present: number }): QuorumResult {
  return { quorate: counts.present * 2 > counts.size, needed: Math.floor(counts.size / 2) + 1 };
}

/** org-life.md L3: a vote in the minutes records entitled, present, for, against, abstain. */
export interface MinutesVote {
  entitled: number;
  present: number;
  for: number;
  against: number;
  abstain: number;
}

/** Counts that cannot be: more present than entitled, more votes than people present. */
export function checkMinutesVote(vote: MinutesVote): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (vote.present > vote.entitled) {
    violations.push({
      rule: L3,
      field: 'vote.present',
      message: `实到人数（${vote.present}）不能多于应到人数（${vote.entitled}）`,
    });
  }
  const cast = vote.for + vote.against + vote.abstain;
  if (cast > vote.present) {
    violations.push({
      rule: L3,
      field: 'vote.for',
      message: `赞成、反对、弃权合计（${cast}）不能多于实到人数（${vote.present}）`,
    });
  }
  return violations;
}
