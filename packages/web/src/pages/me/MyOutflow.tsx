import { OUTFLOW_ACTIVITY_KIND_LABELS } from '@jiceng/core';
import { Card, Descriptions, List, Typography } from 'antd';
import { mobileApi } from '../../api/mobile';
import { useRequest } from '../../hooks/useRequest';
import { OutflowStateTag } from '../mobile/OutflowStateTag';

/** The member's own open outflow (T9), on the phone: where they are registered and what was recorded. */
export function MyOutflow() {
  const { data } = useRequest(() => mobileApi.own(), []);
  const outflow = data?.outflow;
  if (!outflow) return null;
  return (
    <Card
      size="small"
      title="外出流动"
      extra={<OutflowStateTag state={outflow.state} />}
      data-testid="me-outflow"
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'destination', label: '外出地点', children: outflow.destination },
          { key: 'outflowOn', label: '外出日期', children: outflow.outflowOn },
          { key: 'inflow', label: '流入地党组织', children: outflow.inflowOrgName },
          { key: 'card', label: '活动证编号', children: outflow.cardNumber ?? '—' },
          { key: 'contact', label: '登记的联系方式', children: outflow.contact },
        ]}
        styles={{ label: { whiteSpace: 'nowrap' }, content: { overflowWrap: 'anywhere' } }}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '8px 0 0' }}>
        {outflow.state === 'registered'
          ? '请到流入地党组织报到，确认后参加其组织生活；组织关系仍在原党支部。'
          : '外出期间参加流入地党组织的组织生活，组织关系和党费仍在原党支部。'}
      </Typography.Paragraph>
      {outflow.activities.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>活动记录</Typography.Text>}
          dataSource={[...outflow.activities].reverse().slice(0, 5)}
          renderItem={(a) => (
            <List.Item data-testid="me-outflow-activity">
              <span>
                {OUTFLOW_ACTIVITY_KIND_LABELS[a.kind]}：{a.title}
              </span>
              <Typography.Text type="secondary">{a.occurredOn}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
