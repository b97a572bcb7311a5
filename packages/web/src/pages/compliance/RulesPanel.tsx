import {
  FREQUENCY_LABELS,
  meetingKindLabel,
  REQUIREMENT_BASIS_LABELS,
  type EffectiveRequirement,
  type MeetingRule,
  type MeetingRulesView,
  type RequirementScope,
} from '@jiceng/core';
import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  List,
  Popconfirm,
  Skeleton,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useEffect, useState } from 'react';
import { complianceApi } from '../../api/compliance';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { AddRuleModal } from './AddRuleModal';

const SCOPE_LABELS: Record<RequirementScope, string> = {
  branch: '每个支部',
  branch_with_committee: '设支委会的支部',
  group: '每个党小组',
};

const kindName = (r: { kind: string; label?: string | null | undefined }) =>
  r.label ?? meetingKindLabel(r.kind);

function frequency(r: {
  per: EffectiveRequirement['per'];
  minCount: number;
  fixedDay?: number | null | undefined;
}) {
  return `${FREQUENCY_LABELS[r.per]}至少 ${r.minCount} 次${r.fixedDay ? `（每月 ${r.fixedDay} 日）` : ''}`;
}

function sourceOf(r: EffectiveRequirement) {
  return r.source ? (
    <Tag color="blue">{r.source.orgName}规定</Tag>
  ) : (
    <Tag>{REQUIREMENT_BASIS_LABELS[r.basis]}</Tag>
  );
}

/** "本级要求": what the org's branches must hold and where each rule comes from; stricter local rules. */
export function RulesPanel({ orgId }: { orgId: number }) {
  const phone = useIsPhone();
  const { can } = useSession();
  const { message } = App.useApp();
  const { data, error, loading } = useRequest(() => complianceApi.rules(orgId), [orgId]);
  const [view, setView] = useState<MeetingRulesView | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  useEffect(() => setView(data), [data]);
  const manage = can('meeting.manage');

  if (error !== undefined) {
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  }
  if (!view || loading) return <Skeleton active />;

  const end = async (rule: MeetingRule) => {
    try {
      setView(await complianceApi.endRule(rule.orgId, rule.id));
      message.success('已停止执行该要求');
    } catch (e) {
      message.error(e instanceof Error ? e.message : '操作失败');
    }
  };

  const columns: TableColumnsType<EffectiveRequirement> = [
    { key: 'kind', title: '活动类别', render: (_, r) => kindName(r) },
    { key: 'per', title: '要求', render: (_, r) => frequency(r) },
    { key: 'scope', title: '适用于', render: (_, r) => SCOPE_LABELS[r.appliesTo] },
    { key: 'source', title: '来源', render: (_, r) => sourceOf(r) },
  ];

  return (
    <Flex vertical gap={16} data-testid="compliance-rules">
      <Card
        size="small"
        title="现行要求"
        extra={
          manage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="rule-add"
            >
              添加本级要求
            </Button>
          )
        }
      >
        {phone ? (
          <List
            dataSource={view.requirements}
            renderItem={(r) => (
              <List.Item key={r.kind}>
                <Flex vertical gap={2} style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8}>
                    <Typography.Text strong>{kindName(r)}</Typography.Text>
                    {sourceOf(r)}
                  </Flex>
                  <Typography.Text type="secondary">
                    {frequency(r)} · {SCOPE_LABELS[r.appliesTo]}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Table<EffectiveRequirement>
            rowKey="kind"
            size="small"
            columns={columns}
            dataSource={view.requirements}
            pagination={false}
            data-testid="rules-requirements"
          />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          上级党组织只能在规定基础上从严要求；同一类别以最近一级党组织的规定为准。
        </Typography.Paragraph>
      </Card>
      <Card size="small" title="本级及上级党组织的规定">
        <List
          dataSource={view.rules}
          locale={{ emptyText: '暂无规定，按支部工作条例和通行做法执行' }}
          data-testid="rules-list"
          renderItem={(rule) => (
            <List.Item
              key={rule.id}
              actions={
                manage && rule.orgId === view.org.id
                  ? [
                      <Popconfirm
                        key="end"
                        title="停止执行这条要求？"
                        onConfirm={() => end(rule)}
                        okText="停止执行"
                        cancelText="取消"
                      >
                        <Button size="small" danger data-testid={`rule-end-${rule.id}`}>
                          停止执行
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Flex vertical gap={2}>
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong>{kindName(rule)}</Typography.Text>
                  <span>{frequency(rule)}</span>
                  {!rule.inEffect && <Tag>已被下级规定取代</Tag>}
                </Flex>
                <Typography.Text type="secondary">
                  {rule.orgName} · 规定编号 {rule.id}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      {manage && (
        <AddRuleModal
          view={view}
          open={adding}
          onClose={() => setAdding(false)}
          onSaved={(next) => {
            setView(next);
            setAdding(false);
            message.success('已保存');
          }}
        />
      )}
    </Flex>
  );
}
