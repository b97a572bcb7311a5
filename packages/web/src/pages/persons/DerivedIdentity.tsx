import { SEX_LABELS, validateIdNumber, type SexValue } from '@jiceng/core';
import { Col, Form, Input } from 'antd';

/**
 * 性别 and 出生日期 are read off the ID number as it is typed (id-number.md I6): shown, never entered, so
 * they cannot contradict it. `fallback` is the record's own values while its ID number is not retyped.
 */
export function DerivedIdentity({
  idNumber,
  fallback,
}: {
  idNumber: string | undefined;
  fallback?: { sex: SexValue; birthDate: string };
}) {
  const result = idNumber ? validateIdNumber(idNumber) : null;
  const derived = result?.valid ? result : idNumber ? null : (fallback ?? null);
  const hint = '由身份证号自动识别';
  return (
    <>
      <Col xs={12} sm={6}>
        <Form.Item label="性别" tooltip={hint}>
          <Input
            readOnly
            value={derived ? SEX_LABELS[derived.sex] : ''}
            placeholder="自动识别"
            data-testid="person-sex"
          />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6}>
        <Form.Item label="出生日期" tooltip={hint}>
          <Input
            readOnly
            value={derived?.birthDate ?? ''}
            placeholder="自动识别"
            data-testid="person-birth-date"
          />
        </Form.Item>
      </Col>
    </>
  );
}
