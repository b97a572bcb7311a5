import {
  minutesLabel,
  SERVICE_REQUEST_KIND_LABELS,
  SERVICE_REQUEST_KINDS,
  type ServiceDeadlinesView,
  type ServiceRequestKind,
} from '@jiceng/core';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Flex,
  InputNumber,
  Skeleton,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useEffect, useState } from 'react';
import { serviceRequestsApi } from '../../api/serviceRequests';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';

interface Draft {
  own: boolean;
  responseMinutes: number;
  resolveMinutes: number;
}

type Effective = ServiceDeadlinesView['effective'][number];

/** 时限设置: the deadlines in force at the org per kind, and where they come from; the org may set its own. */
export function DeadlinesTab({ orgId }: { orgId: number }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const { data, error, reload } = useRequest(() => serviceRequestsApi.deadlines(orgId), [orgId]);
  const [drafts, setDrafts] = useState<Record<ServiceRequestKind, Draft> | null>(null);
  const [saving, setSaving] = useState(false);
  const manage = can('service.manage');

  useEffect(() => {
    if (!data) return;
    const next = {} as Record<ServiceRequestKind, Draft>;
    for (const kind of SERVICE_REQUEST_KINDS) {
      const own = data.own.find((o) => o.kind === kind);
      const effective = data.effective.find((e) => e.kind === kind)!;
      next[kind] = { own: own !== undefined, ...(own ?? effective) };
    }
    setDrafts(next);
  }, [data]);

  if (error !== undefined)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data || !drafts) return <Skeleton active />;

  const edit = (kind: ServiceRequestKind, change: Partial<Draft>) =>
    setDrafts({ ...drafts, [kind]: { ...drafts[kind], ...change } });
  const save = async () => {
    setSaving(true);
    try {
      await serviceRequestsApi.setDeadlines(orgId, {
        settings: SERVICE_REQUEST_KINDS.filter((k) => drafts[k].own).map((kind) => ({
          kind,
          responseMinutes: drafts[kind].responseMinutes,
          resolveMinutes: drafts[kind].resolveMinutes,
        })),
      });
      message.success('已保存，新提交的诉求按新时限计算');
      reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : '保存失败');
    } finally {
      setSaving(false);
    }
  };

  const minutesInput = (e: Effective, key: 'responseMinutes' | 'resolveMinutes') =>
    manage && drafts[e.kind].own ? (
      <InputNumber
        min={1}
        max={129600}
        value={drafts[e.kind][key]}
        onChange={(v) => v !== null && edit(e.kind, { [key]: v })}
        suffix="分钟"
        style={{ width: 140 }}
        data-testid={`deadline-${e.kind}-${key}`}
      />
    ) : (
      minutesLabel(e[key])
    );

  const columns: TableColumnsType<Effective> = [
    { key: 'kind', title: '类别', render: (_, e) => SERVICE_REQUEST_KIND_LABELS[e.kind] },
    { key: 'response', title: '响应时限', render: (_, e) => minutesInput(e, 'responseMinutes') },
    { key: 'resolve', title: '办结时限', render: (_, e) => minutesInput(e, 'resolveMinutes') },
    {
      key: 'source',
      title: '来源',
      render: (_, e) =>
        manage ? (
          <Checkbox
            checked={drafts[e.kind].own}
            onChange={(ev) => edit(e.kind, { own: ev.target.checked })}
            data-testid={`deadline-${e.kind}-own`}
          >
            本级设置
          </Checkbox>
        ) : (
          e.sourceOrgName
        ),
    },
    { key: 'from', title: '现行标准来自', render: (_, e) => e.sourceOrgName },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        时限从群众提交时起算。未勾选“本级设置”的类别沿用上级党组织的设置，上级也未设置的按系统默认（紧急求助 1
        小时内到场响应）。
      </Typography.Paragraph>
      <Table
        rowKey="kind"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={data.effective}
        scroll={{ x: 'max-content' }}
      />
      {manage && (
        <Button
          type="primary"
          loading={saving}
          onClick={save}
          style={{ alignSelf: 'flex-start' }}
          data-testid="deadlines-save"
        >
          保存
        </Button>
      )}
    </Flex>
  );
}
