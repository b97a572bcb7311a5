import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE_MARK_LABELS,
  checkMeetingClose,
  checkMinutesVote,
  committeeQuorum,
  generalMeetingQuorum,
  type MeetingCloseInput,
} from './attendance';

const minutes = { topics: '学习党章', decisions: '', host: '张三', recorder: '李四', place: '党群服务中心' };
const close = (over: Partial<MeetingCloseInput> = {}) =>
  checkMeetingClose({
    minutes,
    expected: [1, 2, 3],
    marks: [
      { personId: 1, mark: 'present' },
      { personId: 2, mark: 'absent' },
      { personId: 3, mark: 'excused', reason: '外出务工' },
    ],
    heldOn: '2026-11-18',
    today: '2026-11-18',
    ...over,
  });

describe('attendance marks', () => {
  it('are labelled in Chinese', () => {
    expect(ATTENDANCE_MARK_LABELS).toEqual({ present: '出席', absent: '缺席', excused: '请假' });
  });
});

describe('checkMeetingClose (org-life.md L3)', () => {
  it('allows a meeting with minutes and every expected person marked, held today', () => {
    expect(close()).toEqual([]);
  });

  it('refuses without minutes', () => {
    expect(close({ minutes: null })).toEqual([
      { rule: 'org-life.md L3', field: 'minutes', message: '须填写会议记录' },
    ]);
  });

  it('allows empty decisions but names each missing required part of the minutes', () => {
    expect(close({ minutes: { ...minutes, host: ' ', recorder: '' } }).map((v) => v.field)).toEqual([
      'minutes.host',
      'minutes.recorder',
    ]);
  });

  it('counts the expected people not marked', () => {
    expect(close({ marks: [{ personId: 1, mark: 'present' }] })).toEqual([
      { rule: 'org-life.md L3', field: 'marks', message: '还有 2 名应到人员未登记出席情况' },
    ]);
  });

  it('refuses a mark for someone not expected', () => {
    expect(close({ expected: [1, 2] })[0]?.message).toBe('1 条出席情况登记的不是应到人员');
  });

  it('refuses the same person marked twice', () => {
    expect(
      close({
        expected: [1],
        marks: [
          { personId: 1, mark: 'present' },
          { personId: 1, mark: 'absent' },
        ],
      })[0]?.message,
    ).toBe('1 名人员的出席情况重复登记');
  });

  it('refuses an excused person without a reason', () => {
    expect(
      close({ expected: [3], marks: [{ personId: 3, mark: 'excused', reason: '  ' }] })[0]?.message,
    ).toBe('1 名请假人员未填写请假原因');
  });

  it('refuses a meeting held tomorrow, allowing it from that day', () => {
    expect(close({ heldOn: '2026-11-19' })).toEqual([
      expect.objectContaining({ field: 'heldOn', allowedFrom: '2026-11-19' }),
    ]);
  });

  it('allows a meeting held yesterday', () => {
    expect(close({ heldOn: '2026-11-17' })).toEqual([]);
  });
});

describe('generalMeetingQuorum (org-life.md L2)', () => {
  it('is not quorate at exactly half of the full members', () => {
    expect(generalMeetingQuorum({ fullMembers: 10, fullPresent: 5 })).toEqual({ quorate: false, needed: 6 });
  });

  it('is quorate at one more than half', () => {
    expect(generalMeetingQuorum({ fullMembers: 10, fullPresent: 6 }).quorate).toBe(true);
  });

  it('needs 5 of 9 and is not quorate with 4', () => {
    expect(generalMeetingQuorum({ fullMembers: 9, fullPresent: 4 })).toEqual({ quorate: false, needed: 5 });
    expect(generalMeetingQuorum({ fullMembers: 9, fullPresent: 5 }).quorate).toBe(true);
  });
});

describe('committeeQuorum (org-life.md L2)', () => {
  it('needs 3 of 5 and 3 of 4 (the strict reading of 半数以上)', () => {
    expect(committeeQuorum({ size: 5, present: 2 })).toEqual({ quorate: false, needed: 3 });
    expect(committeeQuorum({ size: 5, present: 3 }).quorate).toBe(true);
    expect(committeeQuorum({ size: 4, present: 2 })).toEqual({ quorate: false, needed: 3 });
  });
});

describe('checkMinutesVote (org-life.md L3)', () => {
  it('allows votes up to the number present', () => {
    expect(checkMinutesVote({ entitled: 10, present: 8, for: 6, against: 1, abstain: 1 })).toEqual([]);
  });

  it('refuses one vote more than the number present', () => {
    expect(checkMinutesVote({ entitled: 10, present: 8, for: 7, against: 1, abstain: 1 })[0]?.field).toBe(
      'vote.for',
    );
  });

  it('refuses more present than entitled', () => {
    expect(checkMinutesVote({ entitled: 10, present: 11, for: 0, against: 0, abstain: 0 })[0]?.field).toBe(
      'vote.present',
    );
  });
});
