import {
  REVIEW_GRADE_LABELS,
  REVIEW_GRADES,
  REVIEW_STAGE_LABELS,
  type ReviewGrade,
  type ReviewMember,
} from '@jiceng/core';
import { Card, Flex, Input, List, Select, Table, Tag, Typography } from 'antd';
import { useIsPhone } from '../../hooks/useIsPhone';

export interface MemberDraft {
  grade: ReviewGrade | null;
  comment: string;
}

const gradeOptions = REVIEW_GRADES.map((g) => ({ value: g, label: REVIEW_GRADE_LABELS[g] }));

interface Props {
  members: readonly ReviewMember[];
  drafts: Record<number, MemberDraft>;
  onChange: (personId: number, draft: MemberDraft) => void;
  disabled?: boolean;
}

function GradeCell({
  member,
  draft,
  onChange,
  disabled,
}: {
  member: ReviewMember;
  draft: MemberDraft;
  onChange: Props['onChange'];
  disabled?: boolean;
}) {
  if (member.stage === 'probationary') {
    return <Typography.Text type="secondary">参加评议、不评定等次</Typography.Text>;
  }
  if (!member.current) {
    return <span>{member.grade ? REVIEW_GRADE_LABELS[member.grade] : '—'}</span>;
  }
  return (
    <Select<ReviewGrade>
      value={draft.grade ?? undefined}
      onChange={(grade) => onChange(member.personId, { ...draft, grade })}
      options={gradeOptions}
      placeholder="评定等次"
      disabled={disabled}
      style={{ width: 130 }}
      aria-label={`${member.name}的评议等次`}
      data-testid={`grade-${member.personId}`}
    />
  );
}

function StageTag({ member }: { member: ReviewMember }) {
  return (
    <>
      <Tag color={member.stage === 'full' ? 'red' : 'orange'}>{REVIEW_STAGE_LABELS[member.stage]}</Tag>
      {!member.current && <Tag>已不在本支部</Tag>}
    </>
  );
}

/** The branch's members with a grade each: a table on a desktop, cards on a phone. */
export function ReviewMembers({ members, drafts, onChange, disabled }: Props) {
  const phone = useIsPhone();
  const draftOf = (m: ReviewMember): MemberDraft =>
    drafts[m.personId] ?? { grade: m.grade, comment: m.comment ?? '' };
  const comment = (m: ReviewMember) => (
    <Input
      value={draftOf(m).comment}
      onChange={(e) => onChange(m.personId, { ...draftOf(m), comment: e.target.value })}
      disabled={disabled || !m.current}
      maxLength={500}
      placeholder="评语（可不填）"
      aria-label={`${m.name}的评语`}
    />
  );
  if (phone) {
    return (
      <List
        dataSource={[...members]}
        rowKey="personId"
        locale={{ emptyText: '本支部没有正常在册的党员' }}
        data-testid="review-members"
        renderItem={(m) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Card size="small" style={{ width: '100%' }}>
              <Flex vertical gap={8}>
                <Flex justify="space-between" align="center">
                  <Typography.Text strong>{m.name}</Typography.Text>
                  <StageTag member={m} />
                </Flex>
                <GradeCell member={m} draft={draftOf(m)} onChange={onChange} disabled={disabled} />
                {m.current && m.stage === 'full' && comment(m)}
              </Flex>
            </Card>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<ReviewMember>
      rowKey="personId"
      size="middle"
      dataSource={[...members]}
      pagination={false}
      locale={{ emptyText: '本支部没有正常在册的党员' }}
      data-testid="review-members"
      columns={[
        { key: 'name', title: '姓名', dataIndex: 'name', width: 140 },
        { key: 'stage', title: '身份', width: 160, render: (_, m) => <StageTag member={m} /> },
        {
          key: 'grade',
          title: '评议等次',
          width: 200,
          render: (_, m) => (
            <GradeCell member={m} draft={draftOf(m)} onChange={onChange} disabled={disabled} />
          ),
        },
        { key: 'comment', title: '评语', render: (_, m) => comment(m) },
      ]}
    />
  );
}
