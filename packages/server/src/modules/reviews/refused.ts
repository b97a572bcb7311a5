import type { RuleViolation } from '@jiceng/core';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../http/errors';

/**
 * A save the rules refuse, with every rule it breaks: the message lists them all with their rule ids (so
 * a client that reads only the message still shows them), and the body carries them one by one.
 */
export class RulesRefused extends AppError {
  constructor(readonly violations: RuleViolation[]) {
    const [first] = violations;
    super(
      422,
      'rule_violated',
      violations.map((v) => `${v.message}（${v.rule}）`).join('；'),
      first?.field,
      first?.rule,
    );
  }

  body() {
    return {
      error: {
        code: 'rule_violated' as const,
        message: this.message,
        ...(this.field ? { field: this.field } : {}),
        ...(this.rule ? { rule: this.rule } : {}),
        violations: this.violations,
      },
    };
  }
}

export function refuseIfAny(violations: RuleViolation[]): void {
  if (violations.length > 0) throw new RulesRefused(violations);
}

/** Runs a handler, answering a RulesRefused with its full body (the shared handler sends only the first). */
export async function orRefusal<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof RulesRefused) return reply.status(422).send(error.body());
    throw error;
  }
}
