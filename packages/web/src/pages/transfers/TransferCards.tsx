import type { Transfer } from '@jiceng/core';
import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { TransferActions } from './TransferActions';
import { progressOf } from './progress';
import { TransferStateTag } from './TransferStateTag';

/** The transfer list as cards, for phones. */
export function TransferCards({
  transfers,
  loading,
  onOpen,
  onChanged,
}: {
  transfers: Transfer[];
  loading: boolean;
  onOpen: (id: number) => void;
  onChanged: () => void;
}) {
  if (loading && transfers.length === 0) return <Skeleton active />;
  if (transfers.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无组织关系转接" />;
  return (
    <Flex vertical gap={8} data-testid="transfer-cards">
      {transfers.map((t) => (
        <Card key={t.id} size="small" hoverable onClick={() => onOpen(t.id)} data-testid="transfer-card">
          <Flex justify="space-between" gap={8}>
            <Typography.Text strong>{t.person.name}</Typography.Text>
            <TransferStateTag transfer={t} />
          </Flex>
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0', fontSize: 13 }}>
            {t.fromOrgName} → {t.toOrgName}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ margin: '0 0 6px', fontSize: 13 }}>
            {progressOf(t)}
          </Typography.Paragraph>
          <TransferActions transfer={t} onChanged={onChanged} />
        </Card>
      ))}
    </Flex>
  );
}
