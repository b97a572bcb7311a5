import type { Outflow, OutflowDetail } from '@jiceng/core';
import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { mobileApi } from '../../api/mobile';
import { FormModal } from '../../forms/FormModal';
import { todayInChina } from '../../format/time';

/** The member is back: the outflow org closes the outflow. */
export function ReturnOutflowModal({
  outflow,
  onDone,
  onClose,
}: {
  outflow: Outflow;
  onDone: () => void;
  onClose: () => void;
}) {
  const today = todayInChina();
  return (
    <FormModal<{ returnedOn: Dayjs }, OutflowDetail>
      title={`登记返回：${outflow.name}`}
      okText="登记返回"
      okButtonProps={{ 'data-testid': 'return-submit' }}
      testId="return-modal"
      initialValues={{ returnedOn: dayjs(today) }}
      onSubmit={({ returnedOn }) =>
        mobileApi.markReturned(outflow.id, { returnedOn: returnedOn.format('YYYY-MM-DD') })
      }
      success={`已登记${outflow.name}返回`}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item
        name="returnedOn"
        label="返回日期"
        extra={`外出日期 ${outflow.outflowOn}`}
        rules={[{ required: true, message: '请选择返回日期' }]}
      >
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => {
            const day = d.format('YYYY-MM-DD');
            return day > today || day < outflow.outflowOn;
          }}
          data-testid="return-date"
        />
      </Form.Item>
    </FormModal>
  );
}
