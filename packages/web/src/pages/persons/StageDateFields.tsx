import { STAGE_DATE_FIELDS, STAGE_DATE_LABELS } from '@jiceng/core';
import { Col, DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

const future = (date: Dayjs) => date.isAfter(dayjs(), 'day');

/** The dates of each stage reached so far, for a new record only: later they come from the record's events. */
export function StageDateFields() {
  return (
    <>
      <Col span={24} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          已经历的发展阶段日期（选填）：按先后填写，登记后生成对应的档案记录
        </Typography.Text>
      </Col>
      {STAGE_DATE_FIELDS.map(([field]) => (
        <Col key={field} xs={24} sm={12}>
          <Form.Item name={field} label={STAGE_DATE_LABELS[field]}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={future}
              placeholder="选填"
              data-testid={`person-${field}`}
            />
          </Form.Item>
        </Col>
      ))}
    </>
  );
}
