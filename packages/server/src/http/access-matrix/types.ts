import type { User } from '@jiceng/core';
import type { SampleTree } from '../../test/factories';
import type { TestApp } from '../../test/test-app';

/** What the access matrix (../access-matrix.test.ts) knows of sibling branch Y, and how a route is checked. */
export interface Fixture {
  tree: SampleTree;
  userY: User;
  postY: number;
  notificationY: number;
  personY: number;
  correctionY: number;
  importY: number;
  /** An applicant of Y and their recorded first step (development routes). */
  applicantY: number;
  eventY: number;
  /** A department of the county (above X's reach) and Y's candidate list sent to it (joint review routes). */
  departmentY: number;
  jointReviewY: number;
  candidateY: number;
  /** An outflow of a member of Y to an org outside Jiceng (mobile member routes). */
  outflowY: number;
  /** A letter of a member of Y to an org outside Jiceng, its path all above X (transfer routes). */
  transferY: number;
  /** A general meeting of Y, planned, and the secret of its sign-in QR code. */
  meetingY: number;
  meetingYToken: string;
  /** A points claim Y's member filed (points routes). */
  claimY: number;
  /** Y's records made by the module matrices (access-matrix/*.ts), by the names those files give them. */
  extra: Record<string, number>;
}
export interface Req {
  method: string;
  path: string;
  body?: unknown;
}
export type Case =
  | { kind: 'public' }
  /** Only the caller's own things; a sibling's are addressed by `sibling`, when the route takes an id. */
  | { kind: 'self'; sample: (f: Fixture) => Req; sibling?: (f: Fixture) => Req }
  /** Addresses one of Y's records: must answer 403 or 404. */
  | { kind: 'target'; sibling: (f: Fixture) => Req }
  /** Lists or searches: must not mention Y. */
  | { kind: 'list'; sibling: (f: Fixture) => Req };

/**
 * A module's part of the matrix, kept beside the others so modules add theirs without touching one long
 * file: the records of Y its routes address (made once, by the admin) and an entry for each of its routes.
 */
export interface ModuleMatrix {
  /** Runs after the shared fixture is made; `f.extra` holds what the modules before this one made. */
  fixture(t: TestApp, tree: SampleTree, f: Fixture): Promise<Record<string, number>>;
  cases: Record<string, Case>;
}

/** Y's member (`personY`) signs in with these; a module's fixture may act as that member. */
export const MEMBER_Y_LOGIN = { login: '13600006666', password: 'Member2026ab' } as const;
