import { idNumberSchema, normalizeIdNumber, validateIdNumber } from '@jiceng/core';
import type { FormRule } from 'antd';
import { zodRule } from '../../forms/zodRule';

/** Digits so far, and at the 18th place a digit or X: what a number being typed may look like. */
const TYPING = /^[0-9]{0,17}$|^[0-9]{17}[0-9X]$/;

/**
 * While typing, only what is already certain is an error (a letter, and at 18 characters the check
 * character or the date), so the check-character error shows the moment the last character is typed;
 * the length is judged when the user leaves the field, and on submit.
 */
export function idNumberRules(required: boolean): FormRule[] {
  return [
    {
      validateTrigger: 'onChange',
      validator: async (_rule, value: unknown) => {
        if (typeof value !== 'string' || value.trim() === '') return;
        const id = normalizeIdNumber(value);
        if (!TYPING.test(id)) throw new Error('身份证号前 17 位应为数字，最后一位为数字或 X');
        if (id.length < 18) return;
        const result = validateIdNumber(id);
        if (!result.valid) throw new Error(result.reason);
      },
    },
    { ...zodRule(idNumberSchema, { required }), validateTrigger: 'onBlur' },
  ];
}
