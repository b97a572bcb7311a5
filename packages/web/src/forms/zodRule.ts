import type { FormRule } from 'antd';
import type { z } from 'zod';

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * An antd rule that validates with the same zod schema the server uses, so a form refuses exactly
 * what the API would. Blank optional fields pass; `required` adds the usual "please fill in" message.
 */
export function zodRule(schema: z.ZodType, options: { required?: boolean } = {}): FormRule {
  return {
    required: options.required ?? false,
    validator: async (_rule, value: unknown) => {
      if (isBlank(value)) {
        if (options.required) throw new Error('此项为必填项');
        return;
      }
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '格式不正确');
    },
  };
}

/** Empty text inputs mean "not given": the API wants the key absent (or null), never "". */
export function blankToUndefined(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : value.trim();
}
