import type { MemberReview } from '@jiceng/core';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { reviewsApi } from '../../api/reviews';
import { formatDateTime } from '../../format/time';
import { useSession } from '../../session/SessionContext';
import { ReviewCapBar } from './ReviewCapBar';
import { ReviewMeetingSelect } from './ReviewMeetingSelect';
import { ReviewMembers, type MemberDraft } from './ReviewMembers';
import { RefusalAlert, WarningAlert } from './RuleNotices';

/** One branch's review for one year: grades, the cap, save. Remounted (keyed) whenever a save lands. */
export function ReviewEditor({ review, onSaved }: { review: MemberReview; onSaved: () => void }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const mayEdit = can('meeting.manage');
  const [drafts, setDrafts] = useState<Record<number, MemberDraft>>(() =>
    Object.fromEntries(review.members.map((m) => [m.personId, { grade: m.grade, comment: m.comment ?? '' }])),
  );
  const [cap, setCap] = useState(review.excellentCap);
  const [meetingId, setMeetingId] = useState<number | null>(review.meetingId);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);

  const current = review.members.filter((m) => m.current);
  const graded = current.filter((m) => m.stage === 'full' && drafts[m.personId]?.grade);
  const excellent = graded.filter((m) => drafts[m.personId]?.grade === 'excellent').length;
  const probationary = current.filter((m) => m.stage === 'probationary').length;

  const save = async () => {
    setSaving(true);
    setRefusal(null);
    try {
      const saved = await reviewsApi.save(review.orgId, review.year, {
        excellentCap: cap.trim(),
        meetingId: meetingId ?? undefined,
        entries: current.map((m) => ({
          personId: m.personId,
          grade: m.stage === 'full' ? (drafts[m.personId]?.grade ?? null) : null,
          comment: drafts[m.personId]?.comment.trim() || undefined,
        })),
      });
      message.success(
        saved.warnings.length > 0
          ? '评议结果已保存（有提示，请查看）'
          : `已保存 ${saved.year} 年度民主评议结果`,
      );
      onSaved();
    } catch (error) {
      setRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      title={`${review.orgName} · ${review.year} 年度民主评议`}
      extra={
        <Typography.Text type="secondary" data-testid="review-status">
          {review.recorded ? `已保存（${formatDateTime(review.updatedAt)}）` : '尚未评议'}
        </Typography.Text>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          正式党员 {current.length - probationary} 名须评定等次；预备党员 {probationary}{' '}
          名参加评议、不评定等次。
        </Typography.Text>
        <ReviewMeetingSelect
          orgId={review.orgId}
          year={review.year}
          savedId={review.meetingId}
          value={meetingId}
          onChange={setMeetingId}
          disabled={!mayEdit}
        />
        <ReviewCapBar
          cap={cap}
          onCapChange={setCap}
          graded={graded.length}
          excellent={excellent}
          disabled={!mayEdit}
        />
        <WarningAlert warnings={review.warnings} testId="review-saved-warnings" />
        <ReviewMembers
          members={review.members}
          drafts={drafts}
          onChange={(personId, draft) => setDrafts((d) => ({ ...d, [personId]: draft }))}
          disabled={!mayEdit}
        />
        <RefusalAlert error={refusal} testId="review-refusal" />
        {mayEdit && (
          <Flex justify="flex-end">
            <Button type="primary" loading={saving} onClick={save} data-testid="review-save">
              保存评议结果
            </Button>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
