import { fenLabel, fenToYuanText, type SeniorityRow } from '@jiceng/core';
import { Alert, Button, Descriptions, Flex, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { awardsApi } from '../../api/awards';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { ExcelButton } from '../dues/ExcelButton';
import { SeniorityRuleModal } from './SeniorityRuleModal';

const columns: TableColumnsType<SeniorityRow> = [
  { key: 'name', title: '姓名', render: (_, r) => <Link to={`/persons/${r.personId}`}>{r.name}</Link> },
  { key: 'org', title: '所在党组织', dataIndex: 'orgName' },
  {
    key: 'age',
    title: '党龄',
    align: 'right',
    render: (_, r) => (r.partyAge === null ? '—' : `${r.partyAge} 年`),
  },
  { key: 'service', title: '任职年限', align: 'right', render: (_, r) => `${r.serviceYears} 年` },
  { key: 'tier', title: '档次', dataIndex: 'tierLabel' },
  { key: 'amount', title: '金额（元）', align: 'right', render: (_, r) => fenToYuanText(r.amountFen) },
];

/** 年功奖励: the rule that applies here, who qualifies in the year with tier and amount, and the export. */
export function SeniorityTab({ orgId, year }: { orgId: number; year: number }) {
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const { data, error, reload } = useRequest(() => awardsApi.seniority(orgId, year), [orgId, year]);
  if (error !== undefined)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;
  const rule = data.rule;
  return (
    <Flex vertical gap={12} data-testid="seniority">
      <Descriptions
        size="small"
        bordered
        column={1}
        title={`年功奖励标准（${rule.sourceOrgName ? `${rule.sourceOrgName}制定` : '默认标准'}）`}
        extra={
          can('award.manage') && (
            <Button onClick={() => setEditing(true)} data-testid="seniority-rule-edit">
              制定本级标准
            </Button>
          )
        }
        items={rule.rule.tiers.map((t, i) => ({
          key: i,
          label: t.label,
          children:
            [
              t.minPartyAge !== null ? `党龄满 ${t.minPartyAge} 年` : null,
              t.minServiceYears !== null ? `村干部任职满 ${t.minServiceYears} 年` : null,
            ]
              .filter(Boolean)
              .join('且') + `：每年 ${fenLabel(t.amountFen)}`,
        }))}
      />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text>
          {year} 年符合条件 {data.rows.length} 人，合计 {fenLabel(data.totalFen)}（截至 {data.referenceDate}）
        </Typography.Text>
        <ExcelButton download={() => awardsApi.seniorityXlsx(orgId, year)} testId="seniority-export" />
      </Flex>
      <Table
        rowKey="personId"
        size="small"
        columns={columns}
        dataSource={data.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '本年度无人符合条件' }}
        data-testid="seniority-list"
      />
      {editing && (
        <SeniorityRuleModal
          orgId={orgId}
          rule={rule.rule}
          onDone={() => (setEditing(false), reload())}
          onClose={() => setEditing(false)}
        />
      )}
    </Flex>
  );
}
