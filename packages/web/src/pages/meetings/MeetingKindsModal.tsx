import {
  ATTENDEE_SCOPE_LABELS,
  CUSTOM_KIND_SCOPES,
  customKindInputSchema,
  type CustomKindInput,
  type MeetingKindOption,
} from '@jiceng/core';
import { Empty, Flex, Form, Input, Radio, Tag, Typography } from 'antd';
import { meetingsApi } from '../../api/meetings';
import { FormModal } from '../../forms/FormModal';
import { zodRule } from '../../forms/zodRule';
import { useRequest } from '../../hooks/useRequest';
import { OrgPicker } from '../orgs/OrgPicker';

type Values = CustomKindInput & { orgId: number };

const shape = customKindInputSchema.shape;

/** The kinds the org's tree added so far, so nobody adds 红色星期六 twice under two keys. */
function CustomKindList({ orgId }: { orgId: number | undefined }) {
  const kinds = useRequest(
    () => (orgId ? meetingsApi.kinds(orgId) : Promise.resolve<MeetingKindOption[]>([])),
    [orgId],
  );
  const custom = (kinds.data ?? []).filter((k) => k.orgId !== null);
  if (!orgId) return null;
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }} data-testid="meeting-kinds-list">
      <Typography.Text type="secondary">已有的自定义类别</Typography.Text>
      {custom.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无自定义类别" style={{ margin: 0 }} />
      ) : (
        custom.map((k) => (
          <Flex key={k.key} gap={8} align="center" wrap>
            <Typography.Text strong>{k.label}</Typography.Text>
            <Typography.Text type="secondary" code>
              {k.key}
            </Typography.Text>
            <Tag>{ATTENDEE_SCOPE_LABELS[k.attendeeScope]}</Tag>
            {k.orgId !== orgId && <Typography.Text type="secondary">（{k.orgName}设置）</Typography.Text>}
          </Flex>
        ))
      )}
    </Flex>
  );
}

/**
 * 自定义类别: an org adds a local activity (红色星期六…) for itself and every org below it. The attendee
 * scope decides who is expected, as the base kinds' scopes do.
 */
export function MeetingKindsModal({
  orgId,
  onDone,
  onClose,
}: {
  orgId: number | null;
  onDone: (orgId: number) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const chosenOrg = Form.useWatch('orgId', form);
  return (
    <FormModal<Values, MeetingKindOption>
      title="自定义活动类别"
      okText="添加"
      okButtonProps={{ 'data-testid': 'kind-submit' }}
      testId="meeting-kinds-modal"
      form={form}
      intro={<CustomKindList orgId={chosenOrg ?? orgId ?? undefined} />}
      initialValues={{ orgId: orgId ?? undefined, attendeeScope: 'all_members' }}
      onSubmit={({ orgId: target, ...input }) =>
        meetingsApi.addKind(target, {
          key: input.key.trim(),
          label: input.label.trim(),
          attendeeScope: input.attendeeScope,
        })
      }
      success={(_, kind) => `已添加活动类别“${kind.label}”，本组织及下级组织均可使用`}
      onDone={() => onDone(form.getFieldValue('orgId') as number)}
      onClose={onClose}
    >
      <Form.Item name="orgId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]}>
        <OrgPicker data-testid="kind-org" />
      </Form.Item>
      <Form.Item name="label" label="类别名称" rules={[zodRule(shape.label, { required: true })]}>
        <Input maxLength={40} placeholder="如：红色星期六" data-testid="kind-label" />
      </Form.Item>
      <Form.Item
        name="key"
        label="类别标识"
        extra="小写字母开头，可含数字和下划线，添加后不能修改"
        rules={[zodRule(shape.key, { required: true })]}
      >
        <Input maxLength={40} placeholder="如：red_saturday" data-testid="kind-key" />
      </Form.Item>
      <Form.Item
        name="attendeeScope"
        label="应到人员"
        rules={[{ required: true, message: '请选择应到人员' }]}
      >
        <Radio.Group
          options={CUSTOM_KIND_SCOPES.map((s) => ({ value: s, label: ATTENDEE_SCOPE_LABELS[s] }))}
          data-testid="kind-scope"
        />
      </Form.Item>
    </FormModal>
  );
}
