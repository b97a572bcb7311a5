import { PlusOutlined } from '@ant-design/icons';
import { fenLabel, fenToYuanText, remittancePeriodLabel, type RemittanceView } from '@jiceng/core';
import { Alert, Button, Card, Empty, Flex, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { duesApi } from '../../api/dues';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { ExcelButton } from './ExcelButton';
import { RemittanceModal } from './RemittanceModal';

const yuan = (fen: number) => fenToYuanText(fen);

const columns: TableColumnsType<RemittanceView> = [
  { key: 'period', title: '所属期间', fixed: 'left', render: (_, r) => remittancePeriodLabel(r.period) },
  { key: 'from', title: '上缴组织', render: (_, r) => r.fromOrg.name },
  { key: 'to', title: '接收组织', render: (_, r) => r.toOrg.name },
  { key: 'amount', title: '上缴金额（元）', align: 'right', render: (_, r) => yuan(r.amountFen) },
  {
    key: 'central',
    title: '其中上缴中央（元）',
    align: 'right',
    render: (_, r) => (r.centralVoluntaryFen > 0 ? yuan(r.centralVoluntaryFen) : '—'),
  },
  { key: 'date', title: '上缴日期', dataIndex: 'remittedOn' },
  { key: 'reference', title: '凭证号', render: (_, r) => r.reference ?? '—' },
  { key: 'collected', title: '期间实收（元）', align: 'right', render: (_, r) => yuan(r.collectedFen) },
  {
    key: 'difference',
    title: '差额（元）',
    align: 'right',
    render: (_, r) =>
      // Less handed up than collected is what an auditor looks for.
      r.differenceFen < 0 ? (
        <Typography.Text type="danger" strong data-testid={`remittance-short-${r.id}`}>
          {yuan(r.differenceFen)}
        </Typography.Text>
      ) : (
        yuan(r.differenceFen)
      ),
  },
];

/** 上缴记录: what the subtree's orgs handed up (or received) in a year, beside what they collected. */
export function RemittancesTab({ orgId, year }: { orgId: number; year: number }) {
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const { data, error, reload } = useRequest(() => duesApi.remittances(orgId, year), [orgId, year]);

  let body = <Skeleton active />;
  if (error !== undefined)
    body = <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  else if (data && data.items.length === 0) body = <Empty description={`${year} 年没有上缴记录`} />;
  else if (data) {
    const total = data.items.reduce((sum, r) => sum + r.amountFen, 0);
    body = (
      <Flex vertical gap={12}>
        <Typography.Text data-testid="remittances-count">
          共 {data.items.length} 笔，上缴合计 {fenLabel(total)}
        </Typography.Text>
        <Table<RemittanceView>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data.items}
          pagination={data.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          data-testid="remittances-table"
        />
      </Flex>
    );
  }

  return (
    <Card size="small" data-testid="dues-remittances">
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong>{year} 年上缴记录</Typography.Text>
          <Flex gap={8} wrap>
            {can('dues.manage') && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setAdding(true)}
                data-testid="remit-add"
              >
                登记上缴
              </Button>
            )}
            <ExcelButton download={() => duesApi.remittancesXlsx(orgId, year)} testId="remittances-export" />
          </Flex>
        </Flex>
        {body}
      </Flex>
      {adding && (
        <RemittanceModal
          orgId={orgId}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            reload();
          }}
        />
      )}
    </Card>
  );
}
