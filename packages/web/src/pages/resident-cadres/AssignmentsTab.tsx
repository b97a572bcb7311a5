import {
  ASSIGNMENT_STATE_LABELS,
  CADRE_MODE_LABELS,
  CADRE_MODES,
  type AssignmentState,
  type CadreAssignment,
  type CadreMode,
} from '@jiceng/core';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Flex,
  Select,
  Skeleton,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { residentCadresApi } from '../../api/residentCadres';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { AssignmentFormModal } from './AssignmentFormModal';
import { FirstSecretaryTag, ModeTag, periodText } from './cadreTags';

const columns: TableColumnsType<CadreAssignment> = [
  { key: 'township', title: '乡镇', render: (_, a) => a.townshipName ?? '—' },
  { key: 'village', title: '村', dataIndex: 'villageName' },
  {
    key: 'cadre',
    title: '干部',
    render: (_, a) => (
      <Flex gap={4} wrap align="center">
        <Link to={`/service/cadres/${a.id}`} data-testid="cadre-link">
          {a.cadreName}
        </Link>
        {a.firstSecretary && <FirstSecretaryTag />}
      </Flex>
    ),
  },
  { key: 'mode', title: '方式', render: (_, a) => <ModeTag mode={a.mode} /> },
  {
    key: 'unit',
    title: '派出单位 / 职务',
    render: (_, a) => [a.workUnit, a.post].filter(Boolean).join(' · '),
  },
  { key: 'phone', title: '手机号', render: (_, a) => a.phone ?? '—' },
  { key: 'period', title: '派驻期间', render: (_, a) => periodText(a.from, a.to) },
  {
    key: 'days',
    title: '本月在村',
    align: 'right',
    render: (_, a) => (a.mode === 'stationed' ? `${a.presenceDaysThisMonth} 天` : '—'),
  },
  {
    key: 'state',
    title: '状态',
    render: (_, a) => (
      <Tag color={a.state === 'active' ? 'green' : 'default'}>{ASSIGNMENT_STATE_LABELS[a.state]}</Tag>
    ),
  },
];

/** 选派名单: the assignments in the villages under the org, filtered by mode, state and the flag. */
export function AssignmentsTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const [mode, setMode] = useState<CadreMode | undefined>(undefined);
  const [state, setState] = useState<AssignmentState | undefined>('active');
  const [firstOnly, setFirstOnly] = useState(false);
  const [adding, setAdding] = useState(false);
  const { message } = App.useApp();
  const query = { orgId, mode, state, firstSecretary: firstOnly ? true : undefined };
  const { data, error, reload } = useRequest(
    () => residentCadresApi.list(query),
    [orgId, mode, state, firstOnly],
  );
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <Select
          allowClear
          placeholder="全部方式"
          value={mode}
          onChange={setMode}
          style={{ minWidth: 140 }}
          options={CADRE_MODES.map((m) => ({ value: m, label: CADRE_MODE_LABELS[m] }))}
          data-testid="cadres-filter-mode"
        />
        <Select
          allowClear
          placeholder="全部状态"
          value={state}
          onChange={setState}
          style={{ minWidth: 120 }}
          options={(['active', 'ended'] as const).map((s) => ({
            value: s,
            label: ASSIGNMENT_STATE_LABELS[s],
          }))}
        />
        <Checkbox checked={firstOnly} onChange={(e) => setFirstOnly(e.target.checked)}>
          只看第一书记
        </Checkbox>
        <Button
          onClick={() =>
            residentCadresApi
              .xlsx(query)
              .catch((e: unknown) => message.error(e instanceof Error ? e.message : '导出失败'))
          }
          data-testid="cadres-export"
        >
          导出 Excel
        </Button>
        {can('cadre.manage') && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="cadre-add">
            选派干部
          </Button>
        )}
      </Flex>
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {data ? (
        <Table
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={data}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 条` }}
          locale={{ emptyText: '暂无选派记录' }}
        />
      ) : (
        error === undefined && <Skeleton active />
      )}
      {adding && (
        <AssignmentFormModal onDone={() => (setAdding(false), reload())} onClose={() => setAdding(false)} />
      )}
    </Flex>
  );
}
