import { z } from 'zod';

/** Error codes the API answers with; the web maps none of them to text, the message is already Chinese. */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'invalid_json',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'rule_violated',
  'account_locked',
  'too_many_requests',
  'csrf_rejected',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    field: z.string().optional(),
    rule: z.string().optional(),
    allowedFrom: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** A domain refusal: names the rule (e.g. "org-life.md L11") and, where a date is the obstacle, the date it allows. */
export interface RuleViolation {
  rule: string;
  message: string;
  field?: string;
  allowedFrom?: string;
}
