import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { ApiRequestError } from '../api/client';

/** "assignments.0.orgId" → ['assignments', 0, 'orgId'], the way antd names a field inside a Form.List. */
function namePathOf(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function hasField(values: unknown, path: (string | number)[]): boolean {
  let node: unknown = values;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

/** Shows an API refusal where the user will look: on the form field the server named, else as a message. */
export function useFormError(form: FormInstance) {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiRequestError && error.field) {
        const path = namePathOf(error.field);
        if (hasField(form.getFieldsValue(), path)) {
          form.setFields([{ name: path, errors: [error.message] }]);
          return;
        }
      }
      message.error(error instanceof Error ? error.message : '操作失败，请稍后重试');
    },
    [form, message],
  );
}
