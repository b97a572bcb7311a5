import type { PointsClaimView } from '@jiceng/core';
import { Form, Input, InputNumber, Radio, Typography } from 'antd';
import { pointsApi } from '../../api/points';
import { FormModal } from '../../forms/FormModal';

interface Values {
  approve: boolean;
  points?: number;
  decisionReason?: string;
}

/** The branch's answer to a claim: approve with the points granted, or refuse with a reason. */
export function ClaimDecisionModal({
  claim,
  onDone,
  onClose,
}: {
  claim: PointsClaimView;
  onDone: () => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const approve = Form.useWatch('approve', form) ?? true;
  return (
    <FormModal<Values>
      title={`审核积分申报：${claim.personName}`}
      form={form}
      okText="提交"
      okButtonProps={{ 'data-testid': 'claim-decision-submit' }}
      initialValues={{ approve: true, points: claim.points }}
      intro={
        <Typography.Paragraph>
          {claim.occurredOn}：{claim.description}（申报 {claim.points} 分）
          {claim.evidence ? `。佐证材料：${claim.evidence}` : ''}
        </Typography.Paragraph>
      }
      onSubmit={(values) =>
        pointsApi.decide(
          claim.id,
          values.approve
            ? { approve: true, points: values.points, decisionReason: values.decisionReason || undefined }
            : { approve: false, decisionReason: values.decisionReason },
        )
      }
      success={(values) => (values.approve ? '已同意，积分已计入' : '已退回申报人')}
      onDone={onDone}
      onClose={onClose}
      testId="claim-decision"
    >
      <Form.Item name="approve" label="审核结果">
        <Radio.Group
          options={[
            { value: true, label: '同意' },
            { value: false, label: '不同意' },
          ]}
          data-testid="claim-decision-approve"
        />
      </Form.Item>
      {approve && (
        <Form.Item name="points" label="认定分值" rules={[{ required: true, message: '请填写认定分值' }]}>
          <InputNumber min={1} max={100} precision={0} data-testid="claim-decision-points" />
        </Form.Item>
      )}
      <Form.Item
        name="decisionReason"
        label={approve ? '说明（可不填）' : '不同意的理由'}
        rules={approve ? [] : [{ required: true, min: 2, message: '不同意时须写明理由' }]}
      >
        <Input.TextArea rows={3} maxLength={500} data-testid="claim-decision-reason" />
      </Form.Item>
    </FormModal>
  );
}
