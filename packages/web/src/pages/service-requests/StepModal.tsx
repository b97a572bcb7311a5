import { Form, Input } from 'antd';
import { useRef } from 'react';
import type { z } from 'zod';
import { FormModal } from '../../forms/FormModal';
import { testId } from '../../forms/testId';
import { zodRule } from '../../forms/zodRule';

/** One text and a button: a response note, a resolution, a reason for rejecting or withdrawing. */
export function StepModal<Result>({
  title,
  label,
  okText,
  required,
  schema,
  id,
  onSubmit,
  onDone,
  onClose,
}: {
  title: string;
  label: string;
  okText: string;
  required: boolean;
  schema: z.ZodType;
  /** Names the test ids: `${id}-text`, `${id}-save`. */
  id: string;
  onSubmit: (text: string) => Promise<Result>;
  onDone: (result: Result) => void;
  onClose: () => void;
}) {
  const saved = useRef<{ result: Result } | null>(null);
  return (
    <FormModal<{ text?: string }, Result>
      title={title}
      okText={okText}
      onSubmit={async (v) => {
        const result = await onSubmit(v.text?.trim() ?? '');
        saved.current = { result };
        return result;
      }}
      success={`${okText}成功`}
      onDone={() => saved.current && onDone(saved.current.result)}
      onClose={onClose}
      okButtonProps={testId(`${id}-save`)}
      testId={`${id}-form`}
    >
      <Form.Item name="text" label={label} rules={[zodRule(schema, { required })]}>
        <Input.TextArea rows={3} data-testid={`${id}-text`} />
      </Form.Item>
    </FormModal>
  );
}
