import type { RecordedStepView } from '@jiceng/core';
import { Empty, Flex, Tag, Timeline, Typography } from 'antd';

function participantsOf(step: RecordedStepView): string | null {
  const names = step.data.participants?.map((p) => p.name) ?? [];
  return names.length ? names.join('、') : null;
}

/** The recorded steps, oldest first; failed and voided ones stay visible, marked. */
export function StepTimeline({ steps }: { steps: RecordedStepView[] }) {
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
            </Flex>
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
