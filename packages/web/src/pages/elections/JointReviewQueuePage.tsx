import type { JointReviewQueueItem } from '@jiceng/core';
import { Alert, App, Button, Card, Empty, Flex, Input, Modal, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { jointReviewApi } from '../../api/elections';
import { testId } from '../../forms/testId';
import { useRequest } from '../../hooks/useRequest';

const keyOf = (item: JointReviewQueueItem) => `${item.candidateId}-${item.departmentId}`;

/** 联审: candidates waiting for the caller's department, one card each, pass or object with a reason. */
export default function JointReviewQueuePage() {
  const { message } = App.useApp();
  const queue = useRequest(() => jointReviewApi.queue(), []);
  const [busy, setBusy] = useState<string | null>(null);
  const [objecting, setObjecting] = useState<JointReviewQueueItem | null>(null);
  const [reason, setReason] = useState('');

  const decide = async (item: JointReviewQueueItem, decision: 'passed' | 'objected', why?: string) => {
    setBusy(keyOf(item));
    try {
      await jointReviewApi.decide(item.reviewId, item.candidateId, {
        department: item.department,
        decision,
        ...(why ? { reason: why } : {}),
      });
      message.success(decision === 'passed' ? `${item.name}：已通过` : `${item.name}：已提出异议`);
      setObjecting(null);
      setReason('');
      queue.reload();
    } catch (error) {
      message.error(error instanceof Error ? error.message : '操作失败，请稍后重试');
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex vertical gap={16} data-testid="joint-review-queue-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        村干部候选人资格联审
      </Typography.Title>
      {queue.error !== undefined && (
        <Alert
          type="error"
          showIcon
          title={queue.error instanceof Error ? queue.error.message : '加载失败'}
        />
      )}
      {queue.loading && !queue.data && <Skeleton active />}
      {queue.data?.length === 0 && <Empty description="没有待审查的候选人" />}
      {queue.data?.map((item) => (
        <Card key={keyOf(item)} size="small" data-testid={`jr-queue-${keyOf(item)}`}>
          <Flex vertical gap={6}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {item.name}
              </Typography.Text>
              <Tag color="blue">{item.departmentLabel}</Tag>
            </Flex>
            <Typography.Text type="secondary">
              {item.orgName}
              {item.post ? ` · 拟任${item.post}` : ''}
            </Typography.Text>
            {item.idNumberMasked && <Typography.Text>身份证号 {item.idNumberMasked}</Typography.Text>}
            <Typography.Text type="secondary">
              {item.reviewTitle} · {item.sentOn} 报送
            </Typography.Text>
            <Flex gap={8}>
              <Button
                type="primary"
                block
                loading={busy === keyOf(item)}
                onClick={() => decide(item, 'passed')}
                data-testid={`jr-pass-${keyOf(item)}`}
              >
                通过
              </Button>
              <Button
                danger
                block
                onClick={() => setObjecting(item)}
                data-testid={`jr-object-${keyOf(item)}`}
              >
                有异议
              </Button>
            </Flex>
          </Flex>
        </Card>
      ))}
      <Modal
        open={objecting !== null}
        title={objecting ? `对${objecting.name}提出异议` : ''}
        okText="提交异议"
        okButtonProps={{ ...testId('jr-object-submit'), danger: true, disabled: reason.trim() === '' }}
        confirmLoading={objecting !== null && busy === keyOf(objecting)}
        onOk={() => objecting && decide(objecting, 'objected', reason.trim())}
        onCancel={() => {
          setObjecting(null);
          setReason('');
        }}
      >
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          rows={4}
          maxLength={500}
          placeholder="请写明异议理由（村党组织将看到）"
          data-testid="jr-object-reason"
        />
      </Modal>
    </Flex>
  );
}
