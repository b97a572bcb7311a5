/** Chinese names of the fields the API accepts, so an error can name the field the user sees. */
export const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  kind: '组织类别',
  parentId: '上级组织',
  code: '组织代码',
  unitKind: '单位类别',
  mayApproveAdmissions: '审批发展党员权限',
  termStartedOn: '本届任期开始日期',
  termYears: '任期年限',
  post: '职务',
  holderName: '任职人姓名',
  startedOn: '任职开始日期',
  username: '用户名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  displayName: '姓名',
  role: '角色',
  orgId: '组织',
  assignments: '角色分配',
  q: '搜索词',
  page: '页码',
  pageSize: '每页条数',
  phone: '手机号',
  title: '标题',
  body: '内容',
  userIds: '接收人',
};

export function fieldLabel(path: readonly PropertyKey[]): string {
  const names = path.filter((p): p is string => typeof p === 'string');
  const last = names[names.length - 1];
  if (last === undefined) return '请求内容';
  return FIELD_LABELS[last] ?? last;
}
