import {
  ATTENDANCE_MARK_LABELS,
  ATTENDANCE_MARKS,
  attendanceEntrySchema,
  type AmendmentInput,
  type AttendanceMark,
  type MeetingDetail,
} from '@jiceng/core';
import { Form, Input, Select, Table, Tag, Typography } from 'antd';
import { zodRule } from '../../forms/zodRule';
import { MarkTag } from './AttendanceCard';

type Attendee = MeetingDetail['attendees'][number];

/**
 * The dialog's draft of each attendee's mark, keyed by person id rather than by position: the server names
 * a refused entry by its index in the changes sent, which is not a row of this table.
 */
// The form hands back a reason only while its field shows (an excused mark), hence optional.
export type MarkDrafts = Record<string, { mark: AttendanceMark | null; reason?: string }>;

export function markDraftsOf(attendees: readonly Attendee[]): MarkDrafts {
  return Object.fromEntries(
    attendees.map((a) => [String(a.personId), { mark: a.mark, reason: a.reason ?? '' }]),
  );
}

/** The marks that differ from the record, as the amendment sends them; the rest are left out. */
export function changedMarks(
  attendees: readonly Attendee[],
  drafts: MarkDrafts | undefined,
): NonNullable<AmendmentInput['attendance']> {
  return attendees.flatMap((a) => {
    const draft = drafts?.[String(a.personId)];
    if (!draft?.mark) return [];
    const reason = (draft.reason ?? '').trim();
    const same = draft.mark === a.mark && (draft.mark !== 'excused' || reason === (a.reason ?? ''));
    if (same) return [];
    return [{ personId: a.personId, mark: draft.mark, ...(draft.mark === 'excused' ? { reason } : {}) }];
  });
}

const MARK_OPTIONS = ATTENDANCE_MARKS.map((m) => ({ value: m, label: ATTENDANCE_MARK_LABELS[m] }));

/** An excused mark keeps its reason, as when marking before the close. */
function ReasonField({ personId }: { personId: number }) {
  const mark = Form.useWatch(['marks', String(personId), 'mark']) as AttendanceMark | null | undefined;
  if (mark !== 'excused') return null;
  return (
    <Form.Item
      name={['marks', String(personId), 'reason']}
      rules={[
        { required: true, whitespace: true, message: '请假须填写请假原因' },
        zodRule(attendanceEntrySchema.shape.reason),
      ]}
      style={{ margin: '4px 0 0' }}
    >
      <Input size="small" maxLength={200} placeholder="请假原因" data-testid="amend-mark-reason" />
    </Form.Item>
  );
}

/** Each attendee's mark as recorded and the mark it is corrected to: three narrow columns, fit for a phone. */
export function AmendAttendanceTable({ attendees }: { attendees: readonly Attendee[] }) {
  return (
    <div data-testid="amend-attendance">
      <Table<Attendee>
        size="small"
        rowKey="personId"
        dataSource={[...attendees]}
        pagination={false}
        scroll={attendees.length > 8 ? { y: 320 } : undefined}
        locale={{ emptyText: '没有应到人员' }}
        onRow={(a) =>
          ({
            'data-testid': 'amend-attendee-row',
            'data-person': a.name,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            key: 'name',
            title: '姓名',
            render: (_, a) => (
              <>
                <Typography.Text>{a.name}</Typography.Text>
                {a.guest && (
                  <Tag color="purple" style={{ marginInlineStart: 4 }}>
                    流动党员
                  </Tag>
                )}
              </>
            ),
          },
          {
            key: 'current',
            title: '原记录',
            render: (_, a) => <MarkTag mark={a.mark} reason={a.reason} />,
          },
          {
            key: 'next',
            title: '更正为',
            width: 120,
            render: (_, a) => (
              <>
                <Form.Item name={['marks', String(a.personId), 'mark']} noStyle>
                  <Select
                    size="small"
                    options={MARK_OPTIONS}
                    style={{ width: '100%' }}
                    aria-label={`${a.name}的出席情况`}
                    data-testid="amend-mark-select"
                  />
                </Form.Item>
                <ReasonField personId={a.personId} />
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
