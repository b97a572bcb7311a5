import type { JointReview } from '@jiceng/core';
import { Alert, Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../format/time';
import { useSession } from '../../session/SessionContext';
import { JointReviewMatrix } from './JointReviewMatrix';
import { SendJointReviewModal } from './SendJointReviewModal';

/** A village's candidates before the election: the list sent for joint review and each department's decision. */
export function JointReviewPanel({
  orgId,
  orgName,
  latest,
  onChanged,
}: {
  orgId: number;
  orgName: string;
  latest: JointReview | undefined;
  onChanged: () => void;
}) {
  const { can } = useSession();
  const [sending, setSending] = useState(false);
  return (
    <Card
      size="small"
      title="村干部候选人资格联审"
      data-testid="joint-review-panel"
      extra={
        can('meeting.manage') && (
          <Button size="small" type="link" onClick={() => setSending(true)} data-testid="joint-review-send">
            {latest ? '重新报送名单' : '报送候选人名单'}
          </Button>
        )
      }
    >
      {latest ? (
        <Flex vertical gap={8}>
          <Typography.Text>
            {latest.title}
            <Typography.Text type="secondary"> · {formatDateTime(latest.createdAt)} 报送</Typography.Text>
          </Typography.Text>
          <JointReviewMatrix review={latest} />
          {latest.cleared ? (
            <Alert
              type="success"
              showIcon
              title="全部候选人已通过资格联审，可以记录选举"
              data-testid="joint-review-cleared"
            />
          ) : (
            <Typography.Text type="secondary">全部候选人经各部门审查通过后，才能记录选举。</Typography.Text>
          )}
        </Flex>
      ) : (
        <Empty description="村党组织换届前，须将候选人名单报送各部门资格联审" />
      )}
      {sending && (
        <SendJointReviewModal
          orgId={orgId}
          orgName={orgName}
          onClose={() => setSending(false)}
          onDone={() => {
            setSending(false);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
