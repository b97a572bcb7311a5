import { roleGrants, type Permission } from '@jiceng/core';
import { useMe } from '../session/SessionContext';

/** The org a page opens on: the first org the user holds `permission` on (null for an admin without one). */
export function useHomeOrgId(permission: Permission): number | null {
  const me = useMe();
  return me.assignments.find((a) => a.orgId !== null && roleGrants(a.role, permission))?.orgId ?? null;
}
