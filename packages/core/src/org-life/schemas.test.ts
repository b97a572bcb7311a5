import { describe, expect, it } from 'vitest';
import {
  amendmentInputSchema,
  attendanceMarkInputSchema,
  electionInputSchema,
  meetingHoldInputSchema,
  meetingPlanInputSchema,
  minutesInputSchema,
  reviewInputSchema,
} from './schemas';

const plan = { orgId: 1, kind: 'lecture', title: '学习党的二十大精神', plannedOn: '2026-11-20' };
const minutes = {
  place: '村党群服务中心',
  host: '张三',
  recorder: '李四',
  topics: '学习党章',
  decisions: '',
};
const election = {
  heldOn: '2026-11-20',
  entitled: 10,
  present: 9,
  seats: 3,
  candidates: [{ name: '张三', votes: 9 }],
  termYears: 5,
};

const firstIssue = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues[0];

describe('meetingPlanInputSchema', () => {
  it('accepts a plan with a base kind or a custom kind', () => {
    expect(meetingPlanInputSchema.safeParse(plan).success).toBe(true);
    expect(meetingPlanInputSchema.safeParse({ ...plan, kind: 'red_saturday' }).success).toBe(true);
  });

  it('accepts a title of 100 characters and refuses 101', () => {
    expect(meetingPlanInputSchema.safeParse({ ...plan, title: '字'.repeat(100) }).success).toBe(true);
    expect(firstIssue(meetingPlanInputSchema.safeParse({ ...plan, title: '字'.repeat(101) }))?.message).toBe(
      '会议主题不能超过 100 个字符',
    );
  });

  it('accepts 23:59 and refuses 24:00 as a start time', () => {
    expect(meetingPlanInputSchema.safeParse({ ...plan, startsAt: '23:59' }).success).toBe(true);
    expect(meetingPlanInputSchema.safeParse({ ...plan, startsAt: '24:00' }).success).toBe(false);
  });

  it('refuses a date that does not exist', () => {
    expect(meetingPlanInputSchema.safeParse({ ...plan, plannedOn: '2026-02-29' }).success).toBe(false);
  });

  it('needs a group for a group meeting', () => {
    expect(firstIssue(meetingPlanInputSchema.safeParse({ ...plan, kind: 'group_meeting' }))).toMatchObject({
      path: ['groupId'],
      message: '党小组会须选择党小组',
    });
  });
});

describe('attendanceMarkInputSchema', () => {
  it('accepts marks with a reason for the excused', () => {
    const marks = [
      { personId: 1, mark: 'present' },
      { personId: 2, mark: 'excused', reason: '生病' },
    ];
    expect(attendanceMarkInputSchema.safeParse({ marks }).success).toBe(true);
  });

  it('refuses an excused mark without a reason', () => {
    expect(
      firstIssue(attendanceMarkInputSchema.safeParse({ marks: [{ personId: 2, mark: 'excused' }] })),
    ).toMatchObject({
      path: ['marks', 0, 'reason'],
      message: '请假须填写请假原因',
    });
  });

  it('refuses the same person twice', () => {
    const marks = [
      { personId: 1, mark: 'present' },
      { personId: 1, mark: 'absent' },
    ];
    expect(attendanceMarkInputSchema.safeParse({ marks }).success).toBe(false);
  });
});

describe('minutesInputSchema (org-life.md L3)', () => {
  it('accepts minutes with empty decisions', () => {
    expect(minutesInputSchema.safeParse(minutes).success).toBe(true);
  });

  it('names the missing recorder in Chinese', () => {
    expect(firstIssue(minutesInputSchema.safeParse({ ...minutes, recorder: ' ' }))?.message).toBe(
      '记录人不能为空',
    );
  });

  it('accepts topics of 5000 characters and refuses 5001', () => {
    expect(minutesInputSchema.safeParse({ ...minutes, topics: '字'.repeat(5000) }).success).toBe(true);
    expect(minutesInputSchema.safeParse({ ...minutes, topics: '字'.repeat(5001) }).success).toBe(false);
  });

  it('refuses a vote with more votes than present', () => {
    const vote = { entitled: 10, present: 8, for: 7, against: 1, abstain: 1 };
    expect(firstIssue(minutesInputSchema.safeParse({ ...minutes, vote }))?.message).toBe(
      '赞成、反对、弃权合计不能多于实到人数',
    );
  });
});

describe('meetingHoldInputSchema and amendmentInputSchema', () => {
  it('take a held-on date', () => {
    expect(meetingHoldInputSchema.safeParse({ heldOn: '2026-11-18' }).success).toBe(true);
  });

  it('need a reason for an amendment and accept part of the minutes', () => {
    expect(
      amendmentInputSchema.safeParse({ reason: '记录人填错', minutes: { recorder: '王五' } }).success,
    ).toBe(true);
    expect(amendmentInputSchema.safeParse({ reason: '' }).success).toBe(false);
  });
});

describe('amendmentInputSchema with attendance', () => {
  const reason = '签到漏记';

  it('accepts new marks without any change to the minutes', () => {
    const attendance = [
      { personId: 1, mark: 'present' },
      { personId: 2, mark: 'excused', reason: '外出务工' },
    ];
    expect(amendmentInputSchema.parse({ reason, attendance }).attendance).toEqual(attendance);
  });

  it('accepts the minutes and the attendance amended together', () => {
    const input = { reason, minutes: { recorder: '王五' }, attendance: [{ personId: 1, mark: 'absent' }] };
    expect(amendmentInputSchema.safeParse(input).success).toBe(true);
  });

  it('refuses an excused mark without a reason, as when marking before the close', () => {
    const attendance = [{ personId: 2, mark: 'excused', reason: ' ' }];
    expect(firstIssue(amendmentInputSchema.safeParse({ reason, attendance }))).toMatchObject({
      path: ['attendance', 0, 'reason'],
      message: '请假须填写请假原因',
    });
  });

  it('refuses a mark that is not present, absent or excused', () => {
    const attendance = [{ personId: 1, mark: 'late' }];
    expect(firstIssue(amendmentInputSchema.safeParse({ reason, attendance }))?.message).toBe(
      '出席情况应为出席、缺席或请假',
    );
  });

  it('refuses the same person twice', () => {
    const attendance = [
      { personId: 1, mark: 'present' },
      { personId: 1, mark: 'absent' },
    ];
    expect(firstIssue(amendmentInputSchema.safeParse({ reason, attendance }))?.message).toBe(
      '同一人员的出席情况重复登记',
    );
  });

  it('refuses an amendment that names neither minutes nor attendance', () => {
    for (const input of [{ reason }, { reason, minutes: {} }, { reason, attendance: [] }]) {
      expect(firstIssue(amendmentInputSchema.safeParse(input))?.message).toBe(
        '请填写要更正的会议记录或出席情况',
      );
    }
  });
});

describe('reviewInputSchema', () => {
  it('accepts a null grade for a probationary member', () => {
    const entries = [
      { personId: 1, grade: 'excellent' },
      { personId: 2, grade: null },
    ];
    expect(reviewInputSchema.safeParse({ year: 2026, entries }).success).toBe(true);
  });

  it('refuses an unknown grade in Chinese', () => {
    const result = reviewInputSchema.safeParse({ year: 2026, entries: [{ personId: 1, grade: 'good' }] });
    expect(firstIssue(result)?.message).toBe('评议等次应为优秀、合格、基本合格或不合格');
  });
});

describe('electionInputSchema', () => {
  it('accepts an election with a term of 3–5 years', () => {
    expect(electionInputSchema.safeParse(election).success).toBe(true);
  });

  it('refuses a term of 2 or 6 years', () => {
    expect(electionInputSchema.safeParse({ ...election, termYears: 2 }).success).toBe(false);
    expect(electionInputSchema.safeParse({ ...election, termYears: 6 }).success).toBe(false);
  });

  it('refuses zero seats', () => {
    expect(firstIssue(electionInputSchema.safeParse({ ...election, seats: 0 }))?.message).toBe(
      '应选名额至少为 1',
    );
  });
});

describe('minutes without decisions', () => {
  const minutes = { place: '党员活动室', host: '书记', recorder: '委员', topics: '学习党章' };

  it('are accepted and stored with empty decisions (a lecture decides nothing)', () => {
    expect(minutesInputSchema.parse(minutes).decisions).toBe('');
  });

  it('leave the decisions unchanged in an amendment', () => {
    const amendment = amendmentInputSchema.parse({ reason: '主持人姓名有误', minutes: { host: '副书记' } });
    expect(amendment.minutes).toEqual({ host: '副书记' });
  });
});
