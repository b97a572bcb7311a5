import { PlusOutlined } from '@ant-design/icons';
import type { Outflow, OutflowSide, OutflowStateFilter } from '@jiceng/core';
import { Alert, App, Button, Card, Flex, Segmented, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { mobileApi } from '../../api/mobile';
import { testId } from '../../forms/testId';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { OrgPicker } from '../orgs/OrgPicker';
import { ActivityModal } from './ActivityModal';
import { OutflowDrawer } from './OutflowDrawer';
import { OutflowList } from './OutflowList';
import { RegisterOutflowModal } from './RegisterOutflowModal';
import { ReturnOutflowModal } from './ReturnOutflowModal';

const PAGE_SIZE = 50;
type StateView = 'open' | 'returned' | 'all';

type Dialog = { kind: 'register' } | { kind: 'return' | 'record'; outflow: Outflow } | null;

/**
 * 流动党员 (T8, T9): members who went away from my orgs (流出), and members of other branches who came to
 * mine (流入), whose daily Party life my branch manages and records.
 */
export default function MobileMembersPage() {
  const { can } = useSession();
  const { message, modal } = App.useApp();
  const [side, setSide] = useState<OutflowSide>('out');
  const [orgId, setOrgId] = useState<number | null>(null);
  const [stateView, setStateView] = useState<StateView>('open');
  const [page, setPage] = useState(1);
  const [version, setVersion] = useState(0);
  const [detailId, setDetailId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  const state: OutflowStateFilter | undefined = stateView === 'all' ? undefined : stateView;
  const { data, error, loading } = useRequest(
    () => mobileApi.list({ side, orgId: orgId ?? undefined, state }, page, PAGE_SIZE),
    [side, orgId, state, page, version],
  );
  const changed = () => setVersion((v) => v + 1);

  const confirm = (outflow: Outflow) =>
    modal.confirm({
      title: `确认接收${outflow.name}？`,
      content: `确认后，${outflow.name}（来自${outflow.orgName}）参加本支部的组织生活，由本支部进行日常管理；组织关系仍在流出地党组织。`,
      okText: '确认接收',
      okButtonProps: testId('confirm-submit'),
      onOk: async () => {
        try {
          await mobileApi.confirm(outflow.id);
          message.success(`已确认接收${outflow.name}`);
          changed();
        } catch (e) {
          message.error(e instanceof Error ? e.message : '确认失败');
        }
      },
    });

  const actions = {
    onOpen: (o: Outflow) => setDetailId(o.id),
    onConfirm: confirm,
    onReturn: (o: Outflow) => setDialog({ kind: 'return', outflow: o }),
    onRecord: (o: Outflow) => setDialog({ kind: 'record', outflow: o }),
  };

  const list = (
    <Flex vertical gap={12}>
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      <OutflowList
        side={side}
        items={data?.items}
        loading={loading}
        total={data?.total ?? 0}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={setPage}
        {...actions}
      />
    </Flex>
  );

  return (
    <Flex vertical gap={16} data-testid="mobile-page">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          流动党员
        </Typography.Title>
        {can('person.manage') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'register' })}
            data-testid="outflow-register"
          >
            登记流出
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex vertical gap={12}>
          <Flex gap={12} wrap align="center">
            <div style={{ flex: '1 1 260px', maxWidth: 420 }}>
              <OrgPicker
                value={orgId}
                onChange={(id) => {
                  setOrgId(id);
                  setPage(1);
                }}
                placeholder="全部（我管理的组织）"
                data-testid="outflow-org"
              />
            </div>
            <Segmented<StateView>
              value={stateView}
              onChange={(v) => {
                setStateView(v);
                setPage(1);
              }}
              options={[
                { value: 'open', label: '在外' },
                { value: 'returned', label: '已返回' },
                { value: 'all', label: '全部' },
              ]}
              data-testid="outflow-state-filter"
            />
          </Flex>
          <Tabs
            activeKey={side}
            onChange={(key) => {
              setSide(key as OutflowSide);
              setPage(1);
            }}
            items={[
              { key: 'out', label: '流出', children: side === 'out' ? list : null },
              { key: 'in', label: '流入', children: side === 'in' ? list : null },
            ]}
            data-testid="outflow-tabs"
          />
        </Flex>
      </Card>
      {detailId !== null && (
        <OutflowDrawer
          id={detailId}
          version={version}
          onConfirm={confirm}
          onReturn={actions.onReturn}
          onRecord={actions.onRecord}
          onClose={() => setDetailId(null)}
        />
      )}
      {dialog?.kind === 'register' && (
        <RegisterOutflowModal
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            setSide('out');
            changed();
          }}
        />
      )}
      {dialog?.kind === 'return' && (
        <ReturnOutflowModal
          outflow={dialog.outflow}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            changed();
          }}
        />
      )}
      {dialog?.kind === 'record' && (
        <ActivityModal
          outflow={dialog.outflow}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            changed();
          }}
        />
      )}
    </Flex>
  );
}
