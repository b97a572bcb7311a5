import type { MyPairing } from '@jiceng/core';
import { Button, Card, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { pairingApi } from '../../api/pairing';
import { useRequest } from '../../hooks/useRequest';
import { helpKindsText, situationsText, valueText } from '../pairing/labels';
import { MyVisitForm } from '../pairing/MyVisitForm';

function HouseholdItem({
  item,
  overdueBefore,
  onLogged,
}: {
  item: MyPairing;
  overdueBefore: string;
  onLogged: () => void;
}) {
  const [open, setOpen] = useState(false);
  const overdue = item.active && (item.lastVisitOn === null || item.lastVisitOn < overdueBefore);
  return (
    <List.Item style={{ paddingInline: 0 }} data-testid={`me-pairing-${item.householdId}`}>
      <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
        <Flex justify="space-between" gap={8} align="start">
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {item.headName}（{item.peopleCount} 人）
          </Typography.Text>
          {!item.active ? <Tag>已结束</Tag> : overdue ? <Tag color="orange">三个月未走访</Tag> : null}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
          {item.orgName} · {item.address}
          {item.phone ? ` · ${item.phone}` : ''}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {situationsText(item.situations)} · 结对自 {item.startedOn}
          {item.endedOn ? ` 至 ${item.endedOn}` : ''}
        </Typography.Text>
        <Typography.Text style={{ fontSize: 13 }}>
          最近走访：{item.lastVisitOn ?? '尚未走访'} · 今年 {item.visitsThisYear} 次
        </Typography.Text>
        {item.recentVisits.map((v) => (
          <Typography.Text key={v.id} type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
            {v.visitedOn} {helpKindsText(v.helpKinds)}
            {v.moneyFen + v.goodsFen > 0 ? `（${valueText(v.moneyFen, v.goodsFen)}）` : ''}：{v.notes}
          </Typography.Text>
        ))}
        {open ? (
          <MyVisitForm pairing={item} onLogged={() => (setOpen(false), onLogged())} />
        ) : (
          <Button onClick={() => setOpen(true)} block data-testid={`me-pairing-log-${item.householdId}`}>
            登记走访
          </Button>
        )}
      </Flex>
    </List.Item>
  );
}

/** 我的结对帮扶 on the phone: the households the member helps, their last visits and the 登记走访 form. */
export function MyPairingVisits() {
  const { data, reload } = useRequest(() => pairingApi.mine(), []);
  if (!data || data.items.length === 0) return null;
  return (
    <Card size="small" title="我的结对帮扶" data-testid="me-pairings">
      <List
        size="small"
        dataSource={data.items}
        rowKey="pairingId"
        renderItem={(item) => (
          <HouseholdItem item={item} overdueBefore={data.overdueBefore} onLogged={reload} />
        )}
      />
    </Card>
  );
}
