import {
  ALLOWANCE_KIND_LABELS,
  ALLOWANCE_KINDS,
  cadreAllowanceInputSchema,
  fenLabel,
  fenToYuanText,
  parseYuanToFen,
  type AllowanceKind,
  type CadreAllowance,
} from '@jiceng/core';
import { Alert, Button, Flex, Form, Input, Select, Skeleton, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { awardsApi } from '../../api/awards';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { OrgPicker } from '../orgs/OrgPicker';
import { PersonPicker } from '../orgs/PersonPicker';

const columns: TableColumnsType<CadreAllowance> = [
  { key: 'name', title: '姓名', render: (_, a) => <Link to={`/persons/${a.personId}`}>{a.personName}</Link> },
  { key: 'org', title: '任职组织', dataIndex: 'orgName' },
  { key: 'kind', title: '类别', render: (_, a) => ALLOWANCE_KIND_LABELS[a.kind] },
  { key: 'amount', title: '金额（元）', align: 'right', render: (_, a) => fenToYuanText(a.amountFen) },
  { key: 'note', title: '备注', render: (_, a) => a.note ?? '—' },
];

interface Values {
  orgId: number;
  personId: number;
  kind: AllowanceKind;
  amountYuan: string;
  note?: string;
}

/** 村干部补贴: the year's allowances of village cadres under the org, and the record form. */
export function AllowancesTab({ orgId, year }: { orgId: number; year: number }) {
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Values>();
  const pickedOrg = Form.useWatch('orgId', form);
  const { data, error, reload } = useRequest(() => awardsApi.allowances({ orgId, year }), [orgId, year]);
  const submit = (v: Values) =>
    awardsApi.recordAllowance({
      orgId: v.orgId,
      personId: v.personId,
      year,
      kind: v.kind,
      amountFen: parseYuanToFen(v.amountYuan) ?? -1,
      note: v.note || null,
    });
  return (
    <Flex vertical gap={12} data-testid="allowances">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <span>
          {year} 年共 {data?.length ?? 0} 条，合计{' '}
          {fenLabel((data ?? []).reduce((s, a) => s + a.amountFen, 0))}
        </span>
        {can('award.manage') && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="allowance-add">
            登记补贴
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
          pagination={false}
          locale={{ emptyText: '暂无补贴记录' }}
        />
      ) : (
        error === undefined && <Skeleton active />
      )}
      {adding && (
        <FormModal<Values>
          title={`登记 ${year} 年村干部补贴`}
          form={form}
          initialValues={{ kind: 'basic_pay' }}
          onSubmit={submit}
          success="已登记补贴"
          onDone={() => (setAdding(false), reload())}
          onClose={() => setAdding(false)}
        >
          <Form.Item
            name="orgId"
            label="任职组织（农村党组织）"
            rules={[{ required: true, message: '请选择任职组织' }]}
          >
            <OrgPicker />
          </Form.Item>
          <Form.Item name="personId" label="村干部" rules={[{ required: true, message: '请选择村干部' }]}>
            <PersonPicker orgId={pickedOrg ?? orgId} data-testid="allowance-person" />
          </Form.Item>
          <Form.Item name="kind" label="补贴类别" rules={[{ required: true }]}>
            <Select options={ALLOWANCE_KINDS.map((k) => ({ value: k, label: ALLOWANCE_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item
            name="amountYuan"
            label="金额（元）"
            rules={[
              {
                required: true,
                validator: async (_, value: string | undefined) => {
                  if (!value || parseYuanToFen(value) === null)
                    throw new Error('金额应为不小于 0 的元数，最多两位小数');
                },
              },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="note" label="备注" rules={[zodRule(cadreAllowanceInputSchema.shape.note)]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </Flex>
  );
}
