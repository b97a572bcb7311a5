import type { RuleViolation } from '../shared/errors';

/**
 * The life of a request. Rules (cited as `service-requests S1` …):
 * - S1 assign: only a request not yet responded to (submitted or assigned) is assigned or reassigned.
 * - S2 respond: only an assigned request is responded to (到场/响应), once.
 * - S3 resolve: only an assigned or responded request is resolved (办结); resolving an assigned one records
 *   the response at the same moment.
 * - S4 reject / withdraw: only a request not yet responded to (submitted or assigned), with a reason.
 * - S5 rate: only a resolved request is rated, once, by the resident.
 */
export const SERVICE_REQUEST_STATES = [
  'submitted',
  'assigned',
  'responded',
  'resolved',
  'rated',
  'rejected',
  'withdrawn',
] as const;
export type ServiceRequestState = (typeof SERVICE_REQUEST_STATES)[number];

export const SERVICE_REQUEST_STATE_LABELS: Record<ServiceRequestState, string> = {
  submitted: '待派单',
  assigned: '已派单',
  responded: '已响应',
  resolved: '已办结',
  rated: '已评价',
  rejected: '不予受理',
  withdrawn: '已撤回',
};

/** Still to be worked on: the deadlines run and escalation applies. */
export const OPEN_SERVICE_REQUEST_STATES = ['submitted', 'assigned', 'responded'] as const;
/** Done by the org: the on-time rate counts these. */
export const RESOLVED_SERVICE_REQUEST_STATES = ['resolved', 'rated'] as const;

export function isOpenState(state: ServiceRequestState): boolean {
  return (OPEN_SERVICE_REQUEST_STATES as readonly string[]).includes(state);
}

export function isResolvedState(state: ServiceRequestState): boolean {
  return (RESOLVED_SERVICE_REQUEST_STATES as readonly string[]).includes(state);
}

export const SERVICE_REQUEST_ACTIONS = [
  'assign',
  'respond',
  'resolve',
  'reject',
  'withdraw',
  'rate',
] as const;
export type ServiceRequestAction = (typeof SERVICE_REQUEST_ACTIONS)[number];

const ALLOWED: Record<ServiceRequestAction, readonly ServiceRequestState[]> = {
  assign: ['submitted', 'assigned'],
  respond: ['assigned'],
  resolve: ['assigned', 'responded'],
  reject: ['submitted', 'assigned'],
  withdraw: ['submitted', 'assigned'],
  rate: ['resolved'],
};

const RULE: Record<ServiceRequestAction, string> = {
  assign: 'service-requests S1',
  respond: 'service-requests S2',
  resolve: 'service-requests S3',
  reject: 'service-requests S4',
  withdraw: 'service-requests S4',
  rate: 'service-requests S5',
};

const ACTION_LABELS: Record<ServiceRequestAction, string> = {
  assign: '派单',
  respond: '登记响应（到场）',
  resolve: '办结',
  reject: '不予受理',
  withdraw: '撤回',
  rate: '评价',
};

const REQUIREMENT: Record<ServiceRequestAction, string> = {
  assign: '只有尚未响应的诉求可以派单或改派',
  respond: '只有已派单、尚未响应的诉求可以登记响应',
  resolve: '只有已派单或已响应的诉求可以办结',
  reject: '只有尚未响应的诉求可以不予受理或撤回',
  withdraw: '只有尚未响应的诉求可以不予受理或撤回',
  rate: '只有已办结、尚未评价的诉求可以评价',
};

/** Whether `action` may be taken on a request in `state`; a refusal names the rule and the state it is in. */
export function checkServiceTransition(
  state: ServiceRequestState,
  action: ServiceRequestAction,
): RuleViolation | null {
  if (ALLOWED[action].includes(state)) return null;
  return {
    rule: RULE[action],
    field: 'state',
    message: `不能${ACTION_LABELS[action]}：该诉求${SERVICE_REQUEST_STATE_LABELS[state]}，${REQUIREMENT[action]}（${RULE[action]}）`,
  };
}

/** The state a permitted action leads to. */
export function nextServiceState(action: ServiceRequestAction): ServiceRequestState {
  const next: Record<ServiceRequestAction, ServiceRequestState> = {
    assign: 'assigned',
    respond: 'responded',
    resolve: 'resolved',
    reject: 'rejected',
    withdraw: 'withdrawn',
    rate: 'rated',
  };
  return next[action];
}
