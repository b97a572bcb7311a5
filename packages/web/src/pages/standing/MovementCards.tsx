import type { LostContactRow, RemovalDueRow } from '@jiceng/core';
import { Card, Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RemovalDue, SuspensionDue } from './movementColumns';

function PersonCard({
  personId,
  name,
  tag,
  children,
}: {
  personId: number;
  name: string;
  tag: ReactNode;
  children: ReactNode;
}) {
  return (
    <Link to={`/persons/${personId}`} style={{ color: 'inherit' }} data-testid="movement-card">
      <Card size="small" hoverable>
        <Flex justify="space-between" gap={8} align="center">
          <Typography.Text strong>{name}</Typography.Text>
          {tag}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {children}
        </Typography.Text>
      </Card>
    </Link>
  );
}

/** The lists as one card per person, for phones. */
export function LostContactCards({ rows }: { rows: LostContactRow[] }) {
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无失联党员" />;
  return (
    <Flex vertical gap={8} data-testid="lost-contact-cards">
      {rows.map((row) => (
        <PersonCard
          key={row.personId}
          personId={row.personId}
          name={row.name}
          tag={<SuspensionDue row={row} />}
        >
          {row.orgName} · 失联 {row.lostSince} · 寻找 {row.searchCount} 次 · 可停止党籍 {row.suspensionDueOn}
        </PersonCard>
      ))}
    </Flex>
  );
}

export function RemovalDueCards({ rows }: { rows: RemovalDueRow[] }) {
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无停止党籍党员" />;
  return (
    <Flex vertical gap={8} data-testid="removal-due-cards">
      {rows.map((row) => (
        <PersonCard key={row.personId} personId={row.personId} name={row.name} tag={<RemovalDue row={row} />}>
          {row.orgName} · 停止党籍 {row.suspendedOn} · 满 2 年 {row.removalDueOn}
        </PersonCard>
      ))}
    </Flex>
  );
}
