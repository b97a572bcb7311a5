import { pointsDeductionRevokeSchema, type PointsDeductionView } from '@jiceng/core';
import { Alert, Button, Flex, Form, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { pointsApi } from '../../api/points';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';
import { DeductionFormModal } from './DeductionFormModal';

/**
 * 违纪违规扣分 on the member's points: every deduction the branch recorded, a revoked one kept with its
 * reason; staff who manage the member's points record and revoke them. `onChange` reloads the points.
 */
export function PersonDeductions({
  personId,
  personName,
  onChange,
}: {
  personId: number;
  personName: string;
  onChange: () => void;
}) {
  const { data, error, reload } = useRequest(() => pointsApi.deductions(personId), [personId]);
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<PointsDeductionView | null>(null);
  const changed = () => {
    reload();
    onChange();
  };

  if (error)
    return <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />;
  if (!data) return null;

  return (
    <Flex vertical gap={8} data-testid="person-deductions">
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          违纪违规扣分
        </Typography.Title>
        {data.mayManage && (
          <Button onClick={() => setAdding(true)} data-testid="deduction-add">
            记录扣分
          </Button>
        )}
      </Flex>
      <Table<PointsDeductionView>
        size="small"
        rowKey="id"
        dataSource={data.items}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 720 }}
        locale={{ emptyText: '无扣分记录' }}
        columns={[
          { title: '日期', dataIndex: 'occurredOn', width: 110 },
          {
            title: '违纪违规情况',
            key: 'description',
            render: (_, d) => (
              <Flex vertical>
                <span>{d.description}</span>
                {d.basis && <Typography.Text type="secondary">依据：{d.basis}</Typography.Text>}
              </Flex>
            ),
          },
          {
            title: '记录',
            key: 'recorded',
            width: 180,
            render: (_, d) => (
              <Typography.Text type="secondary">
                {d.recordedByName ?? '—'}，{d.createdAt.slice(0, 10)}
              </Typography.Text>
            ),
          },
          {
            title: '扣分',
            key: 'points',
            align: 'right',
            width: 160,
            render: (_, d) => (
              <Flex gap={4} justify="flex-end" align="center" data-testid={`deduction-${d.id}`}>
                {d.revokedAt ? (
                  <Tag title={`${d.revokedByName ?? ''}撤销：${d.revokeReason ?? ''}`}>已撤销</Tag>
                ) : (
                  (d.points ?? '—')
                )}
                {data.mayManage && !d.revokedAt && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setRevoking(d)}
                    data-testid={`deduction-revoke-${d.id}`}
                  >
                    撤销
                  </Button>
                )}
              </Flex>
            ),
          },
        ]}
      />
      {adding && (
        <DeductionFormModal
          personId={personId}
          personName={personName}
          onDone={() => (setAdding(false), changed())}
          onClose={() => setAdding(false)}
        />
      )}
      {revoking && (
        <FormModal<{ revokeReason: string }>
          title={`撤销扣分：${revoking.occurredOn}`}
          okText="撤销"
          okButtonProps={{ 'data-testid': 'deduction-revoke-submit' }}
          intro={<Typography.Paragraph>撤销后记录保留，不再计入积分。</Typography.Paragraph>}
          onSubmit={(v) => pointsApi.revokeDeduction(revoking.id, v.revokeReason)}
          success="已撤销，记录保留"
          onDone={() => (setRevoking(null), changed())}
          onClose={() => setRevoking(null)}
          testId="deduction-revoke"
        >
          <Form.Item
            name="revokeReason"
            label="撤销理由"
            rules={[zodRule(pointsDeductionRevokeSchema.shape.revokeReason, { required: true })]}
          >
            <Input.TextArea rows={2} maxLength={200} data-testid="deduction-revoke-reason" />
          </Form.Item>
        </FormModal>
      )}
    </Flex>
  );
}
