import { Button, Empty, Flex, Typography } from 'antd';
import { todayInChina } from '../../format/time';
import type { NextStep } from './stepFields';

/** Each step that may come next, as a button; one not yet due shows its earliest date. */
export function NextSteps({
  steps,
  canRecord,
  onPick,
}: {
  steps: NextStep[];
  canRecord: boolean;
  onPick: (step: NextStep) => void;
}) {
  if (steps.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无可记录的下一步" />;
  const today = todayInChina();
  return (
    <Flex gap={8} wrap data-testid="next-steps">
      {steps.map((next) => (
        <Button
          key={next.step}
          disabled={!canRecord}
          onClick={() => onPick(next)}
          data-testid={`next-step-${next.step}`}
          style={{ height: 'auto', paddingBlock: 4 }}
        >
          <Flex vertical align="center">
            <span>{next.label}</span>
            {next.earliestDate > today && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="next-step-earliest">
                最早 {next.earliestDate}
              </Typography.Text>
            )}
          </Flex>
        </Button>
      ))}
    </Flex>
  );
}
