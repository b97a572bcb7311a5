import { fenLabel, parseYuanToFen } from '@jiceng/core';
import type { FormRule } from 'antd';

const FORMAT = '请填写金额（元），最多两位小数，如 12.30';

/**
 * An antd rule for an amount typed in 元: exact to the fen (dues.md F14), never rounded. `min`/`max` are in fen.
 * Blank passes unless `required`.
 */
export function yuanRule(
  label: string,
  options: { required?: boolean; min?: number; max?: number } = {},
): FormRule {
  return {
    required: options.required ?? false,
    validator: async (_rule, value: unknown) => {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text === '') {
        if (options.required) throw new Error(`请填写${label}`);
        return;
      }
      const fen = parseYuanToFen(text);
      if (fen === null) throw new Error(FORMAT);
      if (options.min !== undefined && fen < options.min)
        throw new Error(`${label}不能少于 ${fenLabel(options.min)}`);
      if (options.max !== undefined && fen > options.max)
        throw new Error(`${label}不能超过 ${fenLabel(options.max)}`);
    },
  };
}

/** The fen of a field `yuanRule` accepted; undefined when left blank. */
export function fenOfField(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const fen = parseYuanToFen(value);
  if (fen === null) throw new Error(FORMAT);
  return fen;
}
