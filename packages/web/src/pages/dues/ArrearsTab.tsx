import {
  DUES_REMINDER_MONTHS,
  DUES_REMOVAL_FLAG_MONTHS,
  fenLabel,
  fenToYuanText,
  monthLabel,
} from '@jiceng/core';
import type { DuesArrearsItem } from '@jiceng/core';
import { Alert, Card, Empty, Flex, Skeleton, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { duesApi } from '../../api/dues';
import { useRequest } from '../../hooks/useRequest';
import { ExcelButton } from './ExcelButton';

function Flags({ item }: { item: DuesArrearsItem }) {
  return (
    <Flex gap={4} wrap>
      {item.isRemovalCase && (
        <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="arrears-flag-removal">
          满{DUES_REMOVAL_FLAG_MONTHS}个月
        </Tag>
      )}
      {item.reminderDue && (
        <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="arrears-flag-reminder">
          满{DUES_REMINDER_MONTHS}个月提醒
        </Tag>
      )}
    </Flex>
  );
}

const columns: TableColumnsType<DuesArrearsItem> = [
  {
    key: 'name',
    title: '姓名',
    fixed: 'left',
    render: (_, item) => <Link to={`/persons/${item.personId}`}>{item.name}</Link>,
  },
  { key: 'org', title: '所在党组织', dataIndex: 'orgName' },
  {
    key: 'consecutive',
    title: '连续欠交',
    align: 'right',
    render: (_, item) => (item.consecutiveUnpaid > 0 ? `${item.consecutiveUnpaid} 个月` : '—'),
  },
  {
    key: 'months',
    title: '欠交月份',
    render: (_, item) => (
      <div style={{ minWidth: 160, maxWidth: 320, whiteSpace: 'normal' }}>
        {item.unpaidMonths.map(monthLabel).join('、')}
      </div>
    ),
  },
  { key: 'owed', title: '欠交金额（元）', align: 'right', render: (_, item) => fenToYuanText(item.owedFen) },
  { key: 'flags', title: '提示', render: (_, item) => <Flags item={item} /> },
  {
    key: 'action',
    title: '处置',
    render: (_, item) =>
      // F12: the branch general meeting decides and records it on the 党籍 tab; nothing is removed here.
      item.isRemovalCase ? (
        <Link to={item.standingPath} data-testid={`arrears-standing-${item.personId}`}>
          处置
        </Link>
      ) : null,
  },
];

/** 欠交名单: members of the subtree with unpaid months up to last month, the longest current runs first. */
export function ArrearsTab({ orgId }: { orgId: number }) {
  const { data, error } = useRequest(() => duesApi.arrears(orgId), [orgId]);
  if (error !== undefined)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;
  const owed = data.items.reduce((sum, i) => sum + i.owedFen, 0);

  return (
    <Card size="small" data-testid="dues-arrears">
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong>截至{monthLabel(data.throughMonth)}</Typography.Text>
          <ExcelButton download={() => duesApi.arrearsXlsx(orgId)} testId="arrears-export" />
        </Flex>
        <Typography.Text type="secondary">
          连续欠交满 {DUES_REMINDER_MONTHS} 个月的党员应及时提醒；连续 {DUES_REMOVAL_FLAG_MONTHS}{' '}
          个月不交纳党费且无正当理由的，由支部党员大会讨论处置（本系统不会自动除名）。
        </Typography.Text>
        {data.items.length === 0 ? (
          <Empty description="没有欠交党费的党员" />
        ) : (
          <>
            <Typography.Text data-testid="arrears-count">
              共 {data.items.length} 人欠交，合计 {fenLabel(owed)}
            </Typography.Text>
            <Table<DuesArrearsItem>
              rowKey="personId"
              size="small"
              columns={columns}
              dataSource={data.items}
              pagination={data.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              scroll={{ x: 'max-content' }}
              data-testid="arrears-table"
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
