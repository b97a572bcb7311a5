/**
 * 驻村干部 (issue 10): how a cadre works with a village. 帮 = a cadre or department helps the village
 * (包村帮扶), 联 = a cadre keeps in touch and guides it (联村指导), 驻 = a cadre lives and works in it
 * (驻村工作, the first secretary among them). Local practice: the three are how counties name the duty.
 */
export const CADRE_MODES = ['help', 'liaison', 'stationed'] as const;
export type CadreMode = (typeof CADRE_MODES)[number];

/** The one-character tag the lists show. */
export const CADRE_MODE_TAGS: Record<CadreMode, string> = { help: '帮', liaison: '联', stationed: '驻' };

export const CADRE_MODE_LABELS: Record<CadreMode, string> = {
  help: '包村帮扶',
  liaison: '联村指导',
  stationed: '驻村工作',
};

export const ASSIGNMENT_STATES = ['active', 'ended'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

export const ASSIGNMENT_STATE_LABELS: Record<AssignmentState, string> = { active: '在岗', ended: '已结束' };

/** A day in the village counts whole or half. */
export const PRESENCE_SPANS = ['full', 'half'] as const;
export type PresenceSpan = (typeof PRESENCE_SPANS)[number];

export const PRESENCE_SPAN_LABELS: Record<PresenceSpan, string> = { full: '全天', half: '半天' };
export const PRESENCE_SPAN_DAYS: Record<PresenceSpan, number> = { full: 1, half: 0.5 };

export const CADRE_TASK_STATES = ['open', 'done', 'dropped'] as const;
export type CadreTaskState = (typeof CADRE_TASK_STATES)[number];

export const CADRE_TASK_STATE_LABELS: Record<CadreTaskState, string> = {
  open: '进行中',
  done: '已完成',
  dropped: '已取消',
};

/**
 * Stationed cadres should be in the village at least this many days a month (local practice: many
 * provinces ask 20 days, some 15); each committee may set its own value for its tree.
 */
export const DEFAULT_MIN_PRESENCE_DAYS = 20;
