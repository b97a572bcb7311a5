import type { ReactNode } from 'react';
import { Result } from 'antd';
import type { Permission } from '@jiceng/core';
import { useSession } from './SessionContext';

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useSession();
  if (!can(permission)) {
    return (
      <Result status="403" title="没有权限" subTitle="您的角色不能查看此页面，如需开通请联系上级组织。" />
    );
  }
  return children;
}
