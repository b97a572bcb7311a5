import { Card, Flex, List, Typography } from 'antd';
import { developmentApi } from '../../api/development';
import { todayInChina } from '../../format/time';
import { useRequest } from '../../hooks/useRequest';
import { StepTimeline } from '../development/StepTimeline';

/** The member's own path to membership: steps done, and what comes next from when. Hidden without steps. */
export function MyDevelopment() {
  const { data } = useRequest(() => developmentApi.own(), []);
  if (!data || data.steps.length === 0) return null;
  const today = todayInChina();
  return (
    <Card size="small" title="我的入党进程">
      <Flex vertical gap={8} data-testid="me-development">
        {data.probationEnd && (
          <Typography.Text>
            预备期届满：{data.probationEnd}
            {data.conversionDate ? `，已于 ${data.conversionDate} 转为正式党员` : ''}
          </Typography.Text>
        )}
        <StepTimeline steps={data.steps} />
        {data.nextSteps.length > 0 && (
          <List
            size="small"
            header={<Typography.Text strong>接下来</Typography.Text>}
            dataSource={data.nextSteps}
            renderItem={(next) => (
              <List.Item data-testid="me-next-step">
                <span>{next.label}</span>
                <Typography.Text type="secondary">
                  {next.earliestDate > today ? `最早 ${next.earliestDate}` : '现在可以进行'}
                </Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}
