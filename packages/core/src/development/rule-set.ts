import type { IsoDate } from '../shared/dates';
import type { DevelopmentStepKey, ProbationOutcome } from './steps';

export type StepOrOutcome = DevelopmentStepKey | ProbationOutcome;

/** An interval after an earlier step: calendar years/months/days, or Chinese working days. */
export interface Interval {
  years?: number;
  months?: number;
  days?: number;
  workingDays?: number;
}

/**
 * What a step requires, as data. A rule set is a list of these per step, so a revision of the rules is a
 * new rule set, not new code.
 */
export type Requirement =
  /** The earlier steps must be recorded (and passed, for votes and reviews), their dates not after this one. */
  | { kind: 'after'; steps: StepOrOutcome[]; rule: string }
  /** Not before `from` + interval (e.g. a candidate a full year after becoming an activist). */
  | { kind: 'notBefore'; from: StepOrOutcome; interval: Interval; rule: string; what: string }
  /** Not after `from` + interval; `extended` allows more with a reason; `warning` only warns. */
  | {
      kind: 'notAfter';
      from: StepOrOutcome;
      interval: Interval;
      extended?: Interval;
      severity: 'error' | 'warning';
      rule: string;
      what: string;
    }
  | { kind: 'minAge'; years: number; rule: string }
  | { kind: 'participants'; role: 'sponsor' | 'introducer'; min: number; max: number; rule: string }
  /** An earlier review step must have concluded `pass`. */
  | { kind: 'passed'; step: DevelopmentStepKey; rule: string; what: string }
  | { kind: 'training'; minDays: number; minHours: number; rule: string }
  | { kind: 'vote'; rule: string }
  | { kind: 'approver'; rule: string }
  /** A public notice of at least `workingDays` working days must end before the step. */
  | { kind: 'publicNotice'; workingDays: number; rule: string }
  /** Around the end of probation (D17): from `before` ahead of its end. */
  | { kind: 'probationEnding'; before: Interval; rule: string }
  /** A written reason must be given (e.g. why probation is cancelled). */
  | { kind: 'reason'; rule: string; what: string }
  | { kind: 'extensionLength'; minMonths: number; maxMonths: number; once: boolean; rule: string }
  /** `step` must have been recorded again since the latest `since` (a new meeting after an extension). */
  | { kind: 'renewedAfter'; step: StepOrOutcome; since: StepOrOutcome; rule: string; what: string };

export interface StepRule {
  step: StepOrOutcome;
  requires: Requirement[];
  /** May be recorded more than once (assessments). */
  repeatable?: boolean;
  /** May be recorded again once this step has come after it (conversion again after an extension). */
  repeatableAfter?: StepOrOutcome;
}

export interface RuleSet {
  id: string;
  title: string;
  /** In force for steps taken on or after this date. */
  effectiveFrom: IsoDate;
  /** Reported but unconfirmed sets ship switched off; an install turns them on. */
  enabledByDefault: boolean;
  /** Probation length (D16). */
  probation: Interval;
  steps: StepRule[];
}
