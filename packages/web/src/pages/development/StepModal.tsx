import type { StepRecorded } from '@jiceng/core';
import { Alert, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ApiRequestError } from '../../api/client';
import { developmentApi } from '../../api/development';
import { FormModal } from '../../forms/FormModal';
import { todayInChina } from '../../format/time';
import { StepFieldInput } from './StepFieldInputs';
import { fieldsOf, inputOf, noticeTemplate, type NextStep, type StepFormValues } from './stepFields';

/** The refusal as the user should read it: the server's message and the rule it rests on. */
export function refusalText(error: ApiRequestError): string {
  return error.rule ? `${error.message}（${error.rule}）` : error.message;
}

interface Props {
  personId: number;
  personName: string;
  orgId: number;
  next: NextStep;
  onDone: () => void;
  onClose: () => void;
}

/** Records one next step; a refusal stays on the form with the rule it cites. */
export function StepModal({ personId, personName, orgId, next, onDone, onClose }: Props) {
  const [refusal, setRefusal] = useState<string>();
  const today = todayInChina();
  const fields = fieldsOf(next);

  const submit = async (values: StepFormValues) => {
    setRefusal(undefined);
    try {
      return await developmentApi.record(personId, inputOf(next.step, fields, values));
    } catch (error) {
      if (!(error instanceof ApiRequestError) || !error.rule) throw error;
      const text = refusalText(error);
      setRefusal(text);
      throw new ApiRequestError(error.status, error.code, text, error.field, error.rule);
    }
  };

  return (
    <FormModal<StepFormValues, StepRecorded>
      title={`记录：${next.label}`}
      okText="记录"
      okButtonProps={{ 'data-testid': 'step-submit' }}
      testId="step-modal"
      initialValues={{
        date: dayjs(today),
        approved: true,
        noticeText: noticeTemplate(personName, next.label),
      }}
      intro={
        <>
          {next.earliestDate > today && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={`按规定最早可在 ${next.earliestDate} 记录此步骤`}
            />
          )}
          {next.warnings.map((w) => (
            <Alert
              key={w.rule + w.message}
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={`${w.message}（${w.rule}）`}
            />
          ))}
          {refusal && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 12 }}
              title={refusal}
              data-testid="step-error"
            />
          )}
        </>
      }
      onSubmit={submit}
      success={`已记录“${next.label}”`}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} data-testid="step-date" />
      </Form.Item>
      {fields.map((field) => (
        <StepFieldInput
          key={field}
          field={field}
          personId={personId}
          orgId={orgId}
          noticeWorkingDays={next.noticeWorkingDays}
        />
      ))}
      <Form.Item name="note" label="备注">
        <Input.TextArea rows={2} maxLength={1000} data-testid="step-note" />
      </Form.Item>
    </FormModal>
  );
}
