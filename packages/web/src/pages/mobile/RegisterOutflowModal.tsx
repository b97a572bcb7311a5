import { outflowInputSchema, type OutflowDetail, type OutflowInput } from '@jiceng/core';
import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { mobileApi } from '../../api/mobile';
import { FormModal } from '../../forms/FormModal';
import { blankToUndefined, zodRule } from '../../forms/zodRule';
import { todayInChina } from '../../format/time';
import { InflowOrgPicker } from './InflowOrgPicker';
import { MemberPicker } from './MemberPicker';

type InflowWhere = 'jiceng' | 'outside';

interface Values {
  personId: number;
  outflowOn: Dayjs;
  destination: string;
  contact: string;
  inflowWhere: InflowWhere;
  inflowOrgId?: number | null;
  inflowOrgName?: string;
  cardNumber?: string;
  reason?: string;
}

const fields = outflowInputSchema.shape;

function inputOf(values: Values): OutflowInput {
  return {
    personId: values.personId,
    outflowOn: values.outflowOn.format('YYYY-MM-DD'),
    destination: values.destination.trim(),
    contact: values.contact.trim(),
    ...(values.inflowWhere === 'jiceng'
      ? { inflowOrgId: values.inflowOrgId ?? undefined }
      : { inflowOrgName: blankToUndefined(values.inflowOrgName) }),
    cardNumber: blankToUndefined(values.cardNumber),
    reason: blankToUndefined(values.reason),
  };
}

/** T8, T9: the home branch registers a member going away without a fixed place. */
export function RegisterOutflowModal({ onDone, onClose }: { onDone: () => void; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const where = Form.useWatch('inflowWhere', form) ?? 'jiceng';
  const today = todayInChina();

  return (
    <FormModal<Values, OutflowDetail>
      title="登记流动党员"
      okText="登记"
      okButtonProps={{ 'data-testid': 'outflow-submit' }}
      testId="outflow-modal"
      form={form}
      initialValues={{ outflowOn: dayjs(today), inflowWhere: 'jiceng' }}
      onSubmit={(values) => mobileApi.register(inputOf(values))}
      success={(_values, result) =>
        result.state === 'registered' ? `已登记，等待${result.inflowOrgName}确认` : '已登记'
      }
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item name="personId" label="党员" rules={[{ required: true, message: '请选择党员' }]}>
        <MemberPicker data-testid="outflow-person" />
      </Form.Item>
      <Form.Item name="outflowOn" label="外出日期" rules={[{ required: true, message: '请选择外出日期' }]}>
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.format('YYYY-MM-DD') > today}
          data-testid="outflow-date"
        />
      </Form.Item>
      <Form.Item
        name="destination"
        label="外出地点"
        rules={[zodRule(fields.destination, { required: true })]}
      >
        <Input maxLength={200} placeholder="如：广东省深圳市南山区" data-testid="outflow-destination" />
      </Form.Item>
      <Form.Item name="contact" label="联系方式" rules={[zodRule(fields.contact, { required: true })]}>
        <Input maxLength={30} inputMode="tel" placeholder="手机或固定电话" data-testid="outflow-contact" />
      </Form.Item>
      <Form.Item name="inflowWhere" label="流入地党组织">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'jiceng', label: '系统内党支部' },
            { value: 'outside', label: '系统外党组织' },
          ]}
          data-testid="outflow-inflow-where"
        />
      </Form.Item>
      {where === 'jiceng' ? (
        <Form.Item
          name="inflowOrgId"
          extra="登记后由流入地党支部确认，纳入其日常管理"
          rules={[{ required: true, message: '请选择流入地党支部' }]}
        >
          <InflowOrgPicker data-testid="outflow-inflow-org" />
        </Form.Item>
      ) : (
        <Form.Item
          name="inflowOrgName"
          extra="系统外的党组织无法在线确认，登记后即为已确认"
          rules={[zodRule(fields.inflowOrgName, { required: true })]}
        >
          <Input maxLength={100} placeholder="流入地党组织全称" data-testid="outflow-inflow-name" />
        </Form.Item>
      )}
      <Form.Item name="cardNumber" label="流动党员活动证编号" rules={[zodRule(fields.cardNumber)]}>
        <Input maxLength={40} data-testid="outflow-card" />
      </Form.Item>
      <Form.Item name="reason" label="外出原因" rules={[zodRule(fields.reason)]}>
        <Input.TextArea rows={2} maxLength={200} data-testid="outflow-reason" />
      </Form.Item>
    </FormModal>
  );
}
