import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { fieldLabel, type ApiError } from '@jiceng/core';
import { AppError } from './errors';
import { uniqueViolation } from '../db/errors';

function body(
  code: ApiError['error']['code'],
  message: string,
  extra: Partial<ApiError['error']> = {},
): ApiError {
  return { error: { code, message, ...extra } };
}

const PART_LABELS: Record<string, string> = { body: '请求内容', querystring: '查询参数', params: '路径参数' };

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // A refused upload may still be arriving: close the connection, so its rest is not read as the next request.
    if (error instanceof AppError && error.status === 413) reply.header('connection', 'close');
    if (error instanceof AppError) {
      const extra: Partial<ApiError['error']> = {};
      if (error.field) extra.field = error.field;
      if (error.rule) extra.rule = error.rule;
      if (error.allowedFrom) extra.allowedFrom = error.allowedFrom;
      return reply.status(error.status).send(body(error.code, error.message, extra));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0]!;
      const path = first.instancePath.split('/').filter(Boolean);
      const keys = (first.params as { keys?: string[] }).keys;
      const field = keys?.[0] ?? path[path.length - 1];
      const label = keys?.length
        ? `${PART_LABELS[error.validationContext ?? 'body'] ?? '请求内容'}中的字段“${keys.join('、')}”`
        : path.length
          ? fieldLabel(path)
          : (PART_LABELS[error.validationContext ?? 'body'] ?? '请求内容');
      const message = keys?.length ? `${label}不被接受` : `${label}：${first.message}`;
      return reply
        .status(400)
        .send(
          body('validation_failed', message, field === undefined ? {} : { field: path.join('.') || field }),
        );
    }
    if (
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      error instanceof SyntaxError
    ) {
      return reply.status(400).send(body('invalid_json', '请求内容不是有效的 JSON'));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply
        .status(415)
        .send(body('bad_request', '不支持的请求内容类型（一般接口只接受 JSON，上传接口只接受文件）'));
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      reply.header('connection', 'close');
      return reply.status(413).send(body('bad_request', '请求内容过大'));
    }
    if (error.statusCode === 429) {
      return reply.status(429).send(body('too_many_requests', '请求过于频繁，请稍后再试'));
    }
    if (uniqueViolation(error) !== null) {
      return reply.status(409).send(body('conflict', '与已有记录冲突，请刷新后重试'));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('bad_request', '请求格式不正确'));
    }
    request.log.error(error);
    return reply.status(500).send(body('internal_error', '服务器内部错误，请稍后重试'));
  });
}
