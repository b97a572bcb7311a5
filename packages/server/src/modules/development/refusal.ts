import type { RuleViolation } from '@jiceng/core';
import { AppError } from '../../http/errors';

/**
 * A step the rules refuse. Thrown like any rule violation (the shared handler answers with the first one),
 * and the development routes add every violation, so a form can mark all the fields at once.
 */
export class StepRefused extends AppError {
  constructor(readonly violations: RuleViolation[]) {
    const [first] = violations;
    super(422, 'rule_violated', first!.message, first!.field, first!.rule, first!.allowedFrom);
  }

  body() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.field ? { field: this.field } : {}),
        ...(this.rule ? { rule: this.rule } : {}),
        ...(this.allowedFrom ? { allowedFrom: this.allowedFrom } : {}),
        violations: this.violations,
      },
    };
  }
}
