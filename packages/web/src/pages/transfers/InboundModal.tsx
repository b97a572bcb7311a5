import type { Transfer } from '@jiceng/core';
import { Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { transfersApi } from '../../api/transfers';
import { FormModal } from '../../forms/FormModal';
import { todayInChina } from '../../format/time';
import { OrgPicker } from '../orgs/OrgPicker';
import {
  educationOptions,
  ethnicityOptions,
  occupationOptions,
  personKindOptions,
} from '../persons/filterOptions';

interface Values {
  letterNumber: string;
  fromOrgName: string;
  issuedOn: Dayjs;
  validityDays: number;
  duesPaidUpTo: Dayjs;
  receivedOn: Dayjs;
  toOrgId: number;
  lateStatement?: string;
  name: string;
  idNumber: string;
  phone?: string;
  ethnicity: string;
  education: string;
  personKind: string;
  occupation: string;
  admissionDate: Dayjs;
  conversionDate?: Dayjs | null;
}

const date = (d: Dayjs) => d.format('YYYY-MM-DD');
const required = (message: string) => [{ required: true, whitespace: true, message }];

/** A member arriving with a paper letter from an org outside Jiceng: the letter and the member's record. */
export function InboundModal({ onDone, onClose }: { onDone: () => void; onClose: () => void }) {
  const today = dayjs(todayInChina());
  return (
    <FormModal<Values, Transfer>
      title="凭介绍信登记转入"
      okText="登记转入"
      okButtonProps={{ 'data-testid': 'inbound-submit' }}
      testId="inbound-modal"
      initialValues={{
        receivedOn: today,
        issuedOn: today,
        validityDays: 30,
        duesPaidUpTo: today,
        ethnicity: '01',
      }}
      onSubmit={(v) =>
        transfersApi.inbound({
          letter: {
            letterNumber: v.letterNumber.trim(),
            fromOrgName: v.fromOrgName.trim(),
            issuedOn: date(v.issuedOn),
            validityDays: v.validityDays,
            duesPaidUpTo: v.duesPaidUpTo.format('YYYY-MM'),
            receivedOn: date(v.receivedOn),
            toOrgId: v.toOrgId,
            ...(v.lateStatement?.trim() ? { lateStatement: v.lateStatement.trim() } : {}),
          },
          person: {
            name: v.name.trim(),
            idNumber: v.idNumber.trim(),
            phone: v.phone?.trim() || null,
            ethnicity: v.ethnicity,
            education: v.education as never,
            personKind: v.personKind as never,
            occupation: v.occupation as never,
            orgId: v.toOrgId,
            admissionDate: date(v.admissionDate),
            conversionDate: v.conversionDate ? date(v.conversionDate) : null,
          },
        })
      }
      success={(v) => `${v.name} 已登记转入`}
      onDone={onDone}
      onClose={onClose}
    >
      <Divider titlePlacement="start" plain>
        介绍信
      </Divider>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="letterNumber" label="介绍信编号" rules={required('请填写编号')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="fromOrgName" label="开具党组织" rules={required('请填写开具党组织')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="issuedOn" label="开具日期" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="validityDays" label="有效期（天）" rules={[{ required: true, message: '请填写' }]}>
            <InputNumber min={1} max={180} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="duesPaidUpTo" label="党费交至" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker picker="month" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="receivedOn" label="报到日期" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item
            name="toOrgId"
            label="接收党支部"
            rules={[{ required: true, message: '请选择接收党支部' }]}
          >
            <OrgPicker kinds={['branch', 'joint_branch']} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="lateStatement" label="逾期说明" extra="报到日期超过介绍信有效期时填写">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        党员信息
      </Divider>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="name" label="姓名" rules={required('请填写姓名')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="idNumber" label="身份证号" rules={required('请填写身份证号')}>
            <Input maxLength={18} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label="手机号">
            <Input maxLength={11} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="ethnicity" label="民族" rules={[{ required: true, message: '请选择' }]}>
            <Select options={ethnicityOptions} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="education" label="学历" rules={[{ required: true, message: '请选择' }]}>
            <Select options={educationOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="personKind" label="人员类别" rules={[{ required: true, message: '请选择' }]}>
            <Select options={personKindOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="occupation" label="职业" rules={[{ required: true, message: '请选择' }]}>
            <Select options={occupationOptions} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="admissionDate" label="入党日期" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12}>
          <Form.Item name="conversionDate" label="转正日期" extra="预备党员不填">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
