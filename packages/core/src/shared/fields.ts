import { z } from 'zod';

/**
 * The field builders every module's input schemas share, so each refusal reads the same way: the field's
 * Chinese name, then what is wrong with it.
 */
export const text = (label: string, max: number) =>
  z
    .string({ message: `${label}应为文字` })
    .trim()
    .min(1, { message: `${label}不能为空` })
    .max(max, { message: `${label}不能超过 ${max} 个字符` });

export const optionalText = (label: string, max: number) =>
  z
    .string({ message: `${label}应为文字` })
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字符` })
    .nullable()
    .optional();

export const positiveId = (label: string) =>
  z
    .number({ message: `请选择${label}` })
    .int({ message: `请选择${label}` })
    .positive({ message: `请选择${label}` });
