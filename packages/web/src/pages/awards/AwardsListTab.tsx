import {
  AWARD_KIND_INFO,
  AWARD_KINDS,
  awardRevokeInputSchema,
  type Award,
  type AwardKind,
} from '@jiceng/core';
import { Alert, Button, Flex, Form, Input, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { awardsApi } from '../../api/awards';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';
import { useSession } from '../../session/SessionContext';
import { AwardFormModal } from './AwardFormModal';
import { AwardsTable } from './AwardsTable';

/** 表彰: the awards of the org's subtree in the year, with the record form and revocation for staff. */
export function AwardsListTab({ orgId, year }: { orgId: number; year: number }) {
  const { can } = useSession();
  const [kind, setKind] = useState<AwardKind | undefined>(undefined);
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<Award | null>(null);
  const { data, error, reload } = useRequest(
    () => awardsApi.list({ orgId, year, kind }),
    [orgId, year, kind],
  );
  const manage = can('award.manage');

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap>
        <Select
          allowClear
          placeholder="全部类别"
          value={kind}
          onChange={setKind}
          style={{ minWidth: 200 }}
          options={AWARD_KINDS.map((k) => ({ value: k, label: AWARD_KIND_INFO[k].label }))}
        />
        {manage && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="award-add">
            登记表彰
          </Button>
        )}
      </Flex>
      {error !== undefined && (
        <Alert type="error" showIcon title={error instanceof Error ? error.message : '加载失败'} />
      )}
      {data ? (
        <AwardsTable
          awards={data}
          action={
            manage
              ? (a) =>
                  a.revokedAt ? null : (
                    <Button size="small" type="link" onClick={() => setRevoking(a)}>
                      撤销
                    </Button>
                  )
              : undefined
          }
        />
      ) : (
        error === undefined && <Skeleton active />
      )}
      {adding && (
        <AwardFormModal
          orgId={orgId}
          year={year}
          onDone={() => (setAdding(false), reload())}
          onClose={() => setAdding(false)}
        />
      )}
      {revoking && (
        <FormModal<{ reason: string }>
          title={`撤销表彰记录：${revoking.kindLabel}`}
          okText="撤销"
          onSubmit={(v) => awardsApi.revoke(revoking.id, v.reason)}
          success="已撤销，记录保留"
          onDone={() => (setRevoking(null), reload())}
          onClose={() => setRevoking(null)}
        >
          <Form.Item
            name="reason"
            label="撤销理由"
            rules={[zodRule(awardRevokeInputSchema.shape.reason, { required: true })]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        </FormModal>
      )}
    </Flex>
  );
}
