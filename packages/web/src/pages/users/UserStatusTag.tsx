import type { User } from '@jiceng/core';
import { Tag } from 'antd';
import { formatShortTime } from '../../format/time';

export function UserStatusTag({ user }: { user: User }) {
  if (user.disabled) return <Tag color="default">停用</Tag>;
  if (user.lockedUntil) return <Tag color="orange">锁定至 {formatShortTime(user.lockedUntil)}</Tag>;
  if (user.mustChangePassword) return <Tag color="blue">待修改密码</Tag>;
  return <Tag color="green">正常</Tag>;
}
