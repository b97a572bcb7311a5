import type { ErrorCode, RuleViolation } from '@jiceng/core';

/** An error the API answers with its own status and a Chinese message for the user. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly rule?: string,
    readonly allowedFrom?: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string) =>
  new AppError(400, 'bad_request', message, field);
export const unauthenticated = (message = '请先登录') => new AppError(401, 'unauthenticated', message);
export const forbidden = (message = '没有权限进行此操作') => new AppError(403, 'forbidden', message);
export const notFound = (what: string) => new AppError(404, 'not_found', `${what}不存在或无权查看`);
export const conflict = (message: string, field?: string) => new AppError(409, 'conflict', message, field);
export const ruleViolated = (v: RuleViolation) =>
  new AppError(422, 'rule_violated', v.message, v.field, v.rule, v.allowedFrom);
