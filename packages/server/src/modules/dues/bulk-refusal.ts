import type { RuleViolation } from '@jiceng/core';
import { AppError } from '../../http/errors';

export interface BulkFailure {
  personId: number;
  /** Null when the person is not one the collector may act on: the name is not revealed. */
  name: string | null;
  violations: RuleViolation[];
}

/** All or nothing: one member who cannot be marked stops the round, and each one is named with the reason. */
export class BulkRefused extends AppError {
  constructor(readonly failures: BulkFailure[]) {
    super(422, 'rule_violated', `有 ${failures.length} 名党员不能登记，均未登记`);
  }

  body() {
    return { error: { code: this.code, message: this.message, failures: this.failures } };
  }
}
