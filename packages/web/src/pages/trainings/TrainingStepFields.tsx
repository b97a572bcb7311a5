import { Alert, Col, Form, Input, InputNumber, Row, Skeleton } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { trainingsApi } from '../../api/trainings';
import { useRequest } from '../../hooks/useRequest';
import { AdmissionTrainingTag } from './AdmissionTrainingTag';

const required = { required: true, message: '请填写' };

/**
 * The inputs of step 11 (集中培训, D9): what Jiceng recorded up to the step's date is shown and filled in;
 * figures above it are for training outside Jiceng, which must then be named (the server checks the same).
 */
export function TrainingStepFields({ personId }: { personId: number }) {
  const form = Form.useFormInstance();
  const date = Form.useWatch<Dayjs | undefined>('date', form);
  const asOf = date?.format('YYYY-MM-DD');
  const { data, error } = useRequest(
    () => (asOf ? trainingsApi.ofPerson(personId, asOf) : Promise.resolve(null)),
    [personId, asOf],
  );
  const recorded = data?.admission;
  const days = Form.useWatch<number | undefined>('days', form);
  const hours = Form.useWatch<number | undefined>('hours', form);
  const beyond = recorded !== undefined && ((days ?? 0) > recorded.days || (hours ?? 0) > recorded.hours);

  useEffect(() => {
    if (recorded) form.setFieldsValue({ days: recorded.days, hours: recorded.hours });
  }, [form, recorded]);

  return (
    <>
      {error !== undefined ? (
        <Alert
          type="warning"
          showIcon
          title="无法读取平台的培训记录，请按实际填写"
          style={{ marginBottom: 12 }}
        />
      ) : recorded ? (
        <Alert
          type={recorded.met ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="step-training-recorded"
          title={
            <>
              平台记录（截至 {asOf}）：
              <AdmissionTrainingTag status={recorded} />
            </>
          }
          description="只计发展对象培训班的出席学时；在平台外参加的培训可改大天数或学时，并说明培训名称和举办单位。"
        />
      ) : (
        <Skeleton active paragraph={{ rows: 1 }} />
      )}
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="days" label="培训天数" rules={[required]}>
            <InputNumber min={0} style={{ width: '100%' }} data-testid="step-days" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="hours" label="培训学时" rules={[required]}>
            <InputNumber min={0} style={{ width: '100%' }} data-testid="step-hours" />
          </Form.Item>
        </Col>
      </Row>
      {beyond && (
        <Form.Item
          name="outside"
          label="平台外培训（名称和举办单位）"
          rules={[{ required: true, whitespace: true, message: '超出平台记录的部分须说明平台外培训' }]}
        >
          <Input maxLength={200} data-testid="step-training-outside" />
        </Form.Item>
      )}
    </>
  );
}
