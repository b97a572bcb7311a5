import type { RuleViolation } from '@jiceng/core';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiRequestError } from '../../api/client';

/** The text a field shows: the message and the rule it rests on. */
function lineOf(v: Pick<RuleViolation, 'message' | 'rule'>): string {
  return v.rule && v.rule !== 'access' && !v.message.includes(v.rule)
    ? `${v.message}（${v.rule}）`
    : v.message;
}

/**
 * Puts every violation of an API refusal on the form field it names, mapping the API's field names to the
 * form's (`amountFen` → `amount` where the form holds 元 text). Violations no field shows are kept for an
 * alert at the top of the form. The error is passed on, naming its first shown field with that field's full
 * text, so FormModal leaves the marks as they are (or shows a message when no field took it).
 */
export function useDuesRefusal(form: FormInstance, fieldNames: Readonly<Record<string, string>> = {}) {
  const [unplaced, setUnplaced] = useState<string[]>([]);

  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    setUnplaced([]);
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ApiRequestError)) throw error;
      const violations: Pick<RuleViolation, 'message' | 'rule' | 'field'>[] =
        error.violations.length > 0
          ? error.violations
          : [{ message: error.message, rule: error.rule ?? '', field: error.field }];
      const shown = form.getFieldsValue() as Record<string, unknown>;
      const byField = new Map<string, string[]>();
      const rest: string[] = [];
      for (const v of violations) {
        // "months.1" from the request validation names the list; the form has one field for it.
        const apiField = v.field?.split('.')[0];
        const field = apiField === undefined ? undefined : (fieldNames[apiField] ?? apiField);
        if (field !== undefined && field in shown)
          byField.set(field, [...(byField.get(field) ?? []), lineOf(v)]);
        else rest.push(lineOf(v));
      }
      form.setFields([...byField].map(([name, lines]) => ({ name, errors: [lines.join('；')] })));
      setUnplaced(rest);
      const [first] = byField;
      if (!first) throw error;
      throw new ApiRequestError(
        error.status,
        error.code,
        first[1].join('；'),
        first[0],
        error.rule,
        error.violations,
      );
    }
  };

  return { unplaced, guard };
}
