import {
  DEFAULT_SERVICE_DEADLINES,
  SERVICE_REQUEST_KINDS,
  type DeadlineMinutes,
  type ServiceRequestKind,
} from './kinds';

/** What one org set for some kinds; kinds it left out are inherited. */
export interface OrgDeadlineSettings {
  orgId: number;
  orgName: string;
  settings: Partial<Record<ServiceRequestKind, DeadlineMinutes>>;
}

export interface EffectiveDeadline extends DeadlineMinutes {
  kind: ServiceRequestKind;
  /** The org whose setting applies; null for the install's default. */
  sourceOrgId: number | null;
  sourceOrgName: string;
}

/**
 * The deadlines in force at an org, per kind: the setting of the nearest org on the way up (the org itself
 * first) wins, the default otherwise. `chain` runs from the top org down to the org itself.
 */
export function effectiveDeadlines(
  chain: readonly OrgDeadlineSettings[],
): Record<ServiceRequestKind, EffectiveDeadline> {
  const result = {} as Record<ServiceRequestKind, EffectiveDeadline>;
  for (const kind of SERVICE_REQUEST_KINDS) {
    const nearest = [...chain].reverse().find((org) => org.settings[kind] !== undefined);
    const minutes = nearest?.settings[kind] ?? DEFAULT_SERVICE_DEADLINES[kind];
    result[kind] = {
      kind,
      responseMinutes: minutes.responseMinutes,
      resolveMinutes: minutes.resolveMinutes,
      sourceOrgId: nearest?.orgId ?? null,
      sourceOrgName: nearest?.orgName ?? '系统默认',
    };
  }
  return result;
}

const MINUTE_MS = 60_000;

/** The two moments a request submitted at `submittedAt` must meet. */
export function deadlinesFrom(
  submittedAt: Date,
  minutes: DeadlineMinutes,
): { respondBy: Date; resolveBy: Date } {
  return {
    respondBy: new Date(submittedAt.getTime() + minutes.responseMinutes * MINUTE_MS),
    resolveBy: new Date(submittedAt.getTime() + minutes.resolveMinutes * MINUTE_MS),
  };
}
