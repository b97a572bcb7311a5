import { type AssessmentRow } from '@jiceng/core';
import { CalculatorOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Empty, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { assessmentApi } from '../../api/assessment';
import { todayInChina } from '../../format/time';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { ExcelButton } from '../dues/ExcelButton';
import { OrgPicker } from '../orgs/OrgPicker';
import { monthText } from './assessmentStyle';
import { BoardTable, ScoreLegend } from './BoardTable';
import { BranchDrawer } from './BranchDrawer';
import { ItemsEditor } from './ItemsEditor';
import { YearSummary } from './YearSummary';
import { useHomeOrgId } from '../../hooks/useHomeOrgId';

type TabKey = 'board' | 'year' | 'items';
const TABS: TabKey[] = ['board', 'year', 'items'];

/** 支部考核: the monthly board of a committee's branches, hand scoring with evidence, the year's ranking. */
export default function AssessmentPage() {
  const { can } = useSession();
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const home = useHomeOrgId('assessment.read');
  const orgId = Number(params.get('orgId')) || home;
  const month = params.get('month') ?? todayInChina().slice(0, 7);
  const tab = (TABS.find((t) => t === params.get('tab')) ?? 'board') satisfies TabKey;
  const [open, setOpen] = useState<number | null>(null);
  const [busy, setBusy] = useState<'compute' | 'publish' | null>(null);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };

  const board = useRequest(
    () => (orgId ? assessmentApi.board(orgId, month) : Promise.resolve(undefined)),
    [orgId, month],
  );
  const manage = can('assessment.manage');
  const published = board.data?.publication ?? null;
  const openRow: AssessmentRow | undefined = board.data?.rows.find((r) => r.branch.id === open);

  const compute = async () => {
    if (!orgId) return;
    setBusy('compute');
    try {
      const result = await assessmentApi.compute(orgId, month);
      message.success(
        `已为 ${result.branches} 个支部自动评分 ${result.scored} 项${result.keptManual ? `，保留手工评分 ${result.keptManual} 项` : ''}`,
      );
      board.reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '评分失败');
    } finally {
      setBusy(null);
    }
  };
  const publish = () => {
    if (!orgId || !board.data) return;
    const missing = board.data.rows.filter((r) => r.missing.length > 0).length;
    modal.confirm({
      title: `发布${monthText(month)}考核结果？`,
      content: missing
        ? `还有 ${missing} 个支部有未评分的项目（按 0 分计）。发布后本月得分不能再修改。`
        : '发布后下级各支部本月得分不能再修改。',
      okText: '发布',
      onOk: async () => {
        setBusy('publish');
        try {
          await assessmentApi.publish(orgId, month);
          message.success('已发布');
          board.reload();
        } catch (e) {
          message.error(e instanceof Error ? e.message : '发布失败');
        } finally {
          setBusy(null);
        }
      },
    });
  };

  let boardView = <Skeleton active />;
  if (!orgId) boardView = <Empty description="请选择党组织" />;
  else if (board.error !== undefined) {
    boardView = (
      <Alert type="error" showIcon title={board.error instanceof Error ? board.error.message : '加载失败'} />
    );
  } else if (board.data && board.data.rows.length === 0) {
    boardView = <Empty description="该组织下没有您可查看的支部" />;
  } else if (board.data) {
    const data = board.data;
    const missing = data.rows.filter((r) => r.missing.length > 0 && !r.publication).length;
    boardView = (
      <Card
        size="small"
        styles={{ body: { padding: 12 } }}
        title={
          <Flex gap={8} align="center" wrap style={{ whiteSpace: 'normal', padding: '4px 0' }}>
            <span>
              {data.org.name} · {monthText(data.month)}支部考核
            </span>
            {published ? (
              <Tag color="green" icon={<CheckCircleOutlined />} data-testid="board-published">
                {published.org.name}已于 {new Date(published.publishedAt).toLocaleDateString('zh-CN')} 发布
              </Tag>
            ) : (
              <Tag color="gold">未发布</Tag>
            )}
          </Flex>
        }
      >
        <Flex vertical gap={10}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {data.rankedAmong} 个支部参加排名，按总分占满分的比例排名，同分并列
            {data.itemsSetBy ? `；考核项目由${data.itemsSetBy.name}设置` : '；使用默认考核项目'}
            ；点击支部查看各项得分依据{manage && !published ? '并手工评分' : ''}
          </Typography.Text>
          {missing > 0 && (
            <Alert
              type="warning"
              showIcon
              title={`${missing} 个支部还有需手工评分的项目，点击支部行补充评分和佐证材料`}
              data-testid="board-missing-alert"
            />
          )}
          <BoardTable board={data} onOpen={(row) => setOpen(row.branch.id)} />
          <ScoreLegend />
        </Flex>
      </Card>
    );
  }

  return (
    <Flex vertical gap={16} data-testid="assessment-page">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          支部考核
        </Typography.Title>
        <Flex gap={8} wrap>
          {manage && tab === 'board' && (
            <>
              <Button
                icon={<CalculatorOutlined />}
                loading={busy === 'compute'}
                disabled={!orgId || published !== null}
                onClick={compute}
                data-testid="assessment-compute"
              >
                自动评分
              </Button>
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                loading={busy === 'publish'}
                disabled={!board.data || published !== null}
                onClick={publish}
                data-testid="assessment-publish"
              >
                发布
              </Button>
            </>
          )}
          {tab === 'board' && orgId && (
            <ExcelButton download={() => assessmentApi.boardXlsx(orgId, month)} testId="assessment-export" />
          )}
        </Flex>
      </Flex>
      <Card size="small">
        <Flex gap={12} wrap align="center">
          <div style={{ flex: '1 1 260px', maxWidth: 420 }}>
            <OrgPicker
              value={orgId}
              onChange={(id) => update({ orgId: id ? String(id) : null })}
              placeholder="选择党组织"
              data-testid="assessment-org"
            />
          </div>
          <DatePicker
            picker="month"
            value={dayjs(`${month}-01`)}
            allowClear={false}
            onChange={(d) => d && update({ month: d.format('YYYY-MM') })}
            aria-label="考核月份"
            data-testid="assessment-month"
            style={{ flex: '0 1 160px' }}
          />
        </Flex>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'board' ? null : key })}
        items={[
          {
            key: 'board',
            label: <span data-testid="assessment-tab-board">月度考核榜</span>,
            children: boardView,
          },
          {
            key: 'year',
            label: <span data-testid="assessment-tab-year">年度汇总</span>,
            children: orgId ? (
              <YearSummary orgId={orgId} year={Number(month.slice(0, 4))} />
            ) : (
              <Empty description="请选择党组织" />
            ),
          },
          {
            key: 'items',
            label: <span data-testid="assessment-tab-items">考核项目</span>,
            children: orgId ? <ItemsEditor orgId={orgId} /> : <Empty description="请选择党组织" />,
          },
        ]}
      />
      {board.data && openRow && (
        <BranchDrawer
          board={board.data}
          row={openRow}
          onClose={() => setOpen(null)}
          onScored={board.reload}
        />
      )}
    </Flex>
  );
}
