export const PERMISSIONS = [
  'org.read',
  'org.manage',
  'org.posts',
  'user.read',
  'user.manage',
  'audit.read',
  'notification.send',
  'person.read',
  'person.manage',
  'person.unmask',
  'meeting.read',
  'meeting.manage',
  'joint_review.decide',
  'dues.read',
  'dues.manage',
  'points.read',
  'points.manage',
  'assessment.read',
  'assessment.manage',
  'award.manage',
  'service.read',
  'service.manage',
  'cadre.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  'admin',
  'org_staff',
  'branch_secretary',
  'branch_officer',
  'joint_reviewer',
  'member',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  org_staff: '组织部门工作人员',
  branch_secretary: '支部书记',
  branch_officer: '支部委员',
  joint_reviewer: '联审部门审查人员',
  member: '党员',
};

export const PERMISSION_LABELS: Record<Permission, string> = {
  'org.read': '查看组织',
  'org.manage': '建立、调整、撤销组织',
  'org.posts': '维护班子成员和任期',
  'user.read': '查看用户',
  'user.manage': '管理用户和角色',
  'audit.read': '查看审计日志',
  'notification.send': '发送通知',
  'person.read': '查看党员档案',
  'person.manage': '维护党员档案',
  'person.unmask': '查看完整身份证号和手机号',
  'meeting.read': '查看组织生活',
  'meeting.manage': '安排和记录组织生活',
  'joint_review.decide': '村干部候选人联审',
  'dues.read': '查看党费',
  'dues.manage': '核定和收缴党费',
  'points.read': '查看党员积分和星级',
  'points.manage': '制定积分细则、审核积分申报',
  'assessment.read': '查看支部考核',
  'assessment.manage': '制定考核项目、评分和发布',
  'award.manage': '登记表彰、五个好评定和年功奖励',
  'service.read': '查看为民服务（岗位、诉求、结对帮扶、场所）',
  'service.manage': '发布岗位和活动、派单办理诉求、登记帮扶走访和场所',
  'cadre.manage': '选派驻村干部、组织培训',
};

/** What each role may do; an assignment (role, org) grants it on the org and everything below. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  org_staff: [
    'org.read',
    'org.manage',
    'org.posts',
    'user.read',
    'user.manage',
    'audit.read',
    'notification.send',
    'person.read',
    'person.manage',
    'person.unmask',
    'meeting.read',
    'meeting.manage',
    'dues.read',
    'dues.manage',
    'points.read',
    'points.manage',
    'assessment.read',
    'assessment.manage',
    'award.manage',
    'service.read',
    'service.manage',
    'cadre.manage',
  ],
  branch_secretary: [
    'org.read',
    'org.manage',
    'org.posts',
    'user.read',
    'notification.send',
    'person.read',
    'person.manage',
    'person.unmask',
    'meeting.read',
    'meeting.manage',
    'dues.read',
    'dues.manage',
    'points.read',
    'points.manage',
    // A branch sees its own assessment and gives evidence for hand-scored items; the committee scores.
    'assessment.read',
    'service.read',
    'service.manage',
  ],
  // Branch officers keep the minutes and attendance of meetings and collect the dues.
  branch_officer: [
    'org.read',
    'person.read',
    'meeting.read',
    'meeting.manage',
    'dues.read',
    'dues.manage',
    'points.read',
    'assessment.read',
    // Officers do much of the service work: dispatching requests, logging visits and hours.
    'service.read',
    'service.manage',
  ],
  // A department (discipline inspection, public security…) reviewing village cadre candidates, nothing else.
  joint_reviewer: ['joint_review.decide'],
  member: [],
};

/** Roles an actor holding `role` may hand out within its own reach; only an admin creates admins. */
export const GRANTABLE_ROLES: Record<Role, readonly Role[]> = {
  admin: ROLES,
  org_staff: ['org_staff', 'branch_secretary', 'branch_officer', 'joint_reviewer', 'member'],
  branch_secretary: [],
  branch_officer: [],
  joint_reviewer: [],
  member: [],
};

export function roleGrants(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
