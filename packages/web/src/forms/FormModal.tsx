import { App, Form, Modal, type ButtonProps, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useFormError } from './useFormError';

/**
 * A modal around one form: submits through `onSubmit`, shows the server's refusal on the field it names
 * (or as a message), and closes with a success message. Every edit dialog of the app is one of these.
 */
export function FormModal<Values extends object, Result = unknown>({
  title,
  okText = '保存',
  okButtonProps,
  intro,
  initialValues,
  form: givenForm,
  onSubmit,
  success,
  onDone,
  onClose,
  testId,
  children,
}: {
  title: ReactNode;
  okText?: string;
  okButtonProps?: ButtonProps & { 'data-testid'?: string };
  /** Shown above the form, e.g. what the change will do. */
  intro?: ReactNode;
  initialValues?: Partial<Values>;
  form?: FormInstance<Values>;
  onSubmit: (values: Values) => Promise<Result>;
  /** The success message; none when omitted. */
  success?: string | ((values: Values, result: Result) => string);
  onDone: () => void;
  onClose: () => void;
  testId?: string;
  children: ReactNode;
}) {
  const [ownForm] = Form.useForm<Values>();
  const form = givenForm ?? ownForm;
  const { message } = App.useApp();
  const showError = useFormError(form);
  const [saving, setSaving] = useState(false);

  const save = async (values: Values) => {
    setSaving(true);
    try {
      const result = await onSubmit(values);
      if (success) message.success(typeof success === 'string' ? success : success(values, result));
      onDone();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      okButtonProps={okButtonProps}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      data-testid={testId}
    >
      {intro}
      <Form form={form} layout="vertical" onFinish={save} initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}
