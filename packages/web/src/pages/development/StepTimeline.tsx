import { trainingStepSummary, type RecordedStepView } from '@jiceng/core';
import { Button, Empty, Flex, Tag, Timeline, Typography } from 'antd';

function participantsOf(step: RecordedStepView): string | null {
  const names = step.data.participants?.map((p) => p.name) ?? [];
  return names.length ? names.join('、') : null;
}

/**
 * The recorded steps, oldest first; failed and voided ones stay visible, marked. Only the latest live step
 * may be voided: every later one was judged on top of it.
 */
export function StepTimeline({
  steps,
  onVoid,
}: {
  steps: RecordedStepView[];
  onVoid?: (step: RecordedStepView) => void;
}) {
  const latest = steps.filter((s) => !s.voided).at(-1);
  if (steps.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未记录发展步骤" />;
  return (
    <Timeline
      data-testid="development-timeline"
      items={steps.map((step) => ({
        key: step.id,
        color: step.voided ? 'gray' : step.failed ? 'orange' : 'red',
        content: (
          <Flex vertical gap={2} data-testid="development-step">
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary" delete={step.voided}>
                {step.date}
              </Typography.Text>
              <Typography.Text strong delete={step.voided}>
                {step.label}
              </Typography.Text>
              {step.failed && <Tag color="orange">未通过</Tag>}
              {step.voided && <Tag>已撤销</Tag>}
              {onVoid && step === latest && (
                <Button type="link" size="small" danger onClick={() => onVoid(step)} data-testid="step-void">
                  撤销
                </Button>
              )}
            </Flex>
            {step.data.notice && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                公示 {step.data.notice.from} 至 {step.data.notice.to}
                {step.data.notice.text ? `：${step.data.notice.text}` : ''}
              </Typography.Text>
            )}
            {step.data.training && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="step-training">
                {trainingStepSummary(step.data.training)}
              </Typography.Text>
            )}
            {(step.data.reason || step.data.extensionReason) && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                理由：{step.data.reason ?? step.data.extensionReason}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[step.orgName, participantsOf(step), step.recordedBy ? `记录人：${step.recordedBy}` : null]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}
