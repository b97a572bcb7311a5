/** 公益岗位, 党员责任区 and 党员示范岗: the posts an org publishes for members to claim (issue 10). */
export const SERVICE_POST_KINDS = ['public_welfare', 'responsibility_area', 'model_post'] as const;
export type ServicePostKind = (typeof SERVICE_POST_KINDS)[number];
export const SERVICE_POST_KIND_LABELS: Record<ServicePostKind, string> = {
  public_welfare: '公益岗位',
  responsibility_area: '党员责任区',
  model_post: '党员示范岗',
};

/** A closed post takes no new claims; claims already approved stay and may still log hours. */
export const SERVICE_POST_STATES = ['open', 'closed'] as const;
export type ServicePostState = (typeof SERVICE_POST_STATES)[number];
export const SERVICE_POST_STATE_LABELS: Record<ServicePostState, string> = {
  open: '招募中',
  closed: '已关闭',
};

/** pending → approved / refused (with a reason); the member may withdraw a pending or approved claim; the branch ends an approved one. */
export const POST_CLAIM_STATES = ['pending', 'approved', 'refused', 'withdrawn', 'ended'] as const;
export type PostClaimState = (typeof POST_CLAIM_STATES)[number];
export const POST_CLAIM_STATE_LABELS: Record<PostClaimState, string> = {
  pending: '待审核',
  approved: '已认领',
  refused: '未通过',
  withdrawn: '已撤回',
  ended: '已结束',
};

/** Claims that hold a place on the post: a new claim is refused once these fill the capacity. */
export const PLACE_HOLDING_POST_CLAIM_STATES = [
  'pending',
  'approved',
] as const satisfies readonly PostClaimState[];

/** Hours the member logs wait for the branch; hours the branch logs are confirmed at once. */
export const SERVICE_HOURS_STATES = ['pending', 'confirmed', 'rejected'] as const;
export type ServiceHoursState = (typeof SERVICE_HOURS_STATES)[number];
export const SERVICE_HOURS_STATE_LABELS: Record<ServiceHoursState, string> = {
  pending: '待确认',
  confirmed: '已确认',
  rejected: '未确认',
};

export const TASK_FORCE_STATES = ['active', 'completed'] as const;
export type TaskForceState = (typeof TASK_FORCE_STATES)[number];
export const TASK_FORCE_STATE_LABELS: Record<TaskForceState, string> = {
  active: '攻坚中',
  completed: '已完成',
};
