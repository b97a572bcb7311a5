/**
 * 服务诉求: what a resident (or a member) asks for. Each kind has a default response deadline (响应时限:
 * someone responds or is on site) and a resolve deadline (办结时限), in minutes; orgs may set their own
 * (deadlines.ts). The defaults are local practice, not national rules: an urgent request is met on site
 * within one hour.
 */
export const SERVICE_REQUEST_KINDS = ['wish', 'help', 'urgent', 'advice'] as const;
export type ServiceRequestKind = (typeof SERVICE_REQUEST_KINDS)[number];

export const SERVICE_REQUEST_KIND_LABELS: Record<ServiceRequestKind, string> = {
  wish: '微心愿',
  help: '求助',
  urgent: '紧急求助',
  advice: '意见建议',
};

export interface DeadlineMinutes {
  /** From submission until someone responds (到场/响应). */
  responseMinutes: number;
  /** From submission until it is resolved (办结). */
  resolveMinutes: number;
}

const HOUR = 60;
const DAY = 24 * HOUR;

export const DEFAULT_SERVICE_DEADLINES: Record<ServiceRequestKind, DeadlineMinutes> = {
  wish: { responseMinutes: 2 * DAY, resolveMinutes: 15 * DAY },
  help: { responseMinutes: 4 * HOUR, resolveMinutes: 3 * DAY },
  urgent: { responseMinutes: HOUR, resolveMinutes: DAY },
  advice: { responseMinutes: 2 * DAY, resolveMinutes: 15 * DAY },
};

/** How a request arrived: the public form, the hotline (staff type it in), or in person at the desk. */
export const SERVICE_REQUEST_CHANNELS = ['public', 'hotline', 'walk_in'] as const;
export type ServiceRequestChannel = (typeof SERVICE_REQUEST_CHANNELS)[number];

export const SERVICE_REQUEST_CHANNEL_LABELS: Record<ServiceRequestChannel, string> = {
  public: '群众在线提交',
  hotline: '服务热线',
  walk_in: '现场登记',
};

/** Who a request is assigned to: a member of the org's subtree, or the org's service desk (党员服务社). */
export const SERVICE_ASSIGNEE_KINDS = ['member', 'service_desk'] as const;
export type ServiceAssigneeKind = (typeof SERVICE_ASSIGNEE_KINDS)[number];

export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
};

/** Readable minutes: 90 → "1 小时 30 分钟", 2880 → "2 天". */
export function minutesLabel(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const days = Math.floor(m / DAY);
  const hours = Math.floor((m % DAY) / HOUR);
  const mins = m % HOUR;
  const parts = [days ? `${days} 天` : '', hours ? `${hours} 小时` : '', mins ? `${mins} 分钟` : ''];
  return parts.filter(Boolean).join(' ') || '0 分钟';
}
