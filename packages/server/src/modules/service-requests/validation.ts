import type { FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/**
 * This module answers a body that fails its schema with 422 and the schema's own message, which names the
 * field in Chinese (a resident reads it as it is); everything else goes on to the app's error handler.
 */
export function answerInvalidBodiesWith422(scope: FastifyInstance): void {
  scope.setErrorHandler((error, _request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error) && (error.validationContext ?? 'body') === 'body') {
      const first = error.validation[0]!;
      const path = first.instancePath.split('/').filter(Boolean);
      const keys = (first.params as { keys?: string[] }).keys;
      const field = keys?.[0] ?? path.join('.');
      const message = keys?.length ? `请求内容中的字段“${keys.join('、')}”不被接受` : first.message;
      return reply
        .status(422)
        .send({ error: { code: 'validation_failed', message, ...(field ? { field } : {}) } });
    }
    throw error;
  });
}
