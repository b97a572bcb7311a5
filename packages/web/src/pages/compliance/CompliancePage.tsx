import { isBranchKind, type ComplianceSummary } from '@jiceng/core';
import { BellOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Empty, Flex, Skeleton, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { complianceApi } from '../../api/compliance';
import { todayInChina } from '../../format/time';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { OrgPicker } from '../orgs/OrgPicker';
import { BranchCalendar, StatusLegend } from './BranchCalendar';
import { OverdueList } from './OverdueList';
import { RulesPanel } from './RulesPanel';
import { SummaryMatrix, type CellKey } from './SummaryMatrix';
import { useHomeOrgId } from '../../hooks/useHomeOrgId';

type TabKey = 'status' | 'rules';

/** A branch's own calendar: one card per branch (one, for a branch; a general branch's view uses the matrix). */
function BranchView({ orgId, on }: { orgId: number; on: string }) {
  const { data, error } = useRequest(() => complianceApi.branches(orgId, on), [orgId, on]);
  if (error !== undefined)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return <Skeleton active />;
  return (
    <Flex vertical gap={12}>
      <StatusLegend />
      {data.branches.map((b) => (
        <BranchCalendar key={b.org.id} branch={b} />
      ))}
    </Flex>
  );
}

function CommitteeView({
  summary,
  onOpenOrg,
}: {
  summary: ComplianceSummary;
  onOpenOrg: (orgId: number) => void;
}) {
  const [cell, setCell] = useState<CellKey | null>(null);
  if (summary.totals.branches === 0) {
    return <Empty description="该组织下没有您可查看的支部" />;
  }
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        比例为本期（含 {summary.on}{' '}
        的月、季度或年度）已完成的支部占比；“未完成”为本年度有逾期未完成周期的支部数。点击单元格查看支部名单。
      </Typography.Text>
      <SummaryMatrix summary={summary} selected={cell} onSelect={setCell} onOpenOrg={onOpenOrg} />
      {cell && <OverdueList summary={summary} cell={cell} onOpenOrg={onOpenOrg} />}
    </Flex>
  );
}

/** 组织生活达标: the compliance calendar of an org's branches, and the org's own (local) requirements. */
export default function CompliancePage() {
  const { can } = useSession();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const home = useHomeOrgId('meeting.read');
  const orgId = Number(params.get('orgId')) || home;
  const on = params.get('on') ?? todayInChina();
  const tab: TabKey = params.get('tab') === 'rules' ? 'rules' : 'status';
  const [reminding, setReminding] = useState(false);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  const openOrg = (id: number) => update({ orgId: String(id) });

  const summary = useRequest(
    () => (orgId ? complianceApi.summary(orgId, on) : Promise.resolve(undefined)),
    [orgId, on],
  );
  const org = summary.data?.org;

  const remind = async () => {
    setReminding(true);
    try {
      const sent = await complianceApi.remind(orgId ?? undefined);
      if (sent.items === 0) message.info('没有需要提醒的支部（本期 7 天内截止且尚未完成的，每期只提醒一次）');
      else
        message.success(
          `已提醒 ${sent.branches} 个支部共 ${sent.items} 项：站内消息 ${sent.inbox} 条，短信 ${sent.sms} 条`,
        );
    } catch (e) {
      message.error(e instanceof Error ? e.message : '发送失败');
    } finally {
      setReminding(false);
    }
  };

  let status = <Skeleton active />;
  if (!orgId) status = <Empty description="请选择党组织" />;
  else if (summary.error !== undefined) {
    status = (
      <Alert
        type="error"
        showIcon
        title={summary.error instanceof Error ? summary.error.message : '加载失败'}
      />
    );
  } else if (org && summary.data) {
    status = isBranchKind(org.kind) ? (
      <BranchView orgId={org.id} on={on} />
    ) : (
      <CommitteeView key={`${org.id}-${on}`} summary={summary.data} onOpenOrg={openOrg} />
    );
  }

  return (
    <Flex vertical gap={16} data-testid="compliance-page">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          组织生活达标
        </Typography.Title>
        {can('meeting.manage') && (
          <Button
            icon={<BellOutlined />}
            loading={reminding}
            onClick={remind}
            data-testid="compliance-remind"
          >
            发送提醒
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <div style={{ flex: '1 1 260px', maxWidth: 420 }}>
            <OrgPicker
              value={orgId}
              onChange={(id) => update({ orgId: id ? String(id) : null })}
              placeholder="选择党组织"
              data-testid="compliance-org"
            />
          </div>
          <DatePicker
            value={dayjs(on)}
            allowClear={false}
            onChange={(d) => d && update({ on: d.format('YYYY-MM-DD') })}
            aria-label="截至日期"
            data-testid="compliance-date"
            style={{ flex: '0 1 180px' }}
          />
        </Flex>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'rules' ? 'rules' : null })}
        items={[
          {
            key: 'status',
            label: <span data-testid="compliance-tab-status">完成情况</span>,
            children: status,
          },
          {
            key: 'rules',
            label: <span data-testid="compliance-tab-rules">本级要求</span>,
            children: orgId ? <RulesPanel orgId={orgId} /> : <Empty description="请选择党组织" />,
          },
        ]}
      />
    </Flex>
  );
}
