import type { Me } from '@jiceng/core';

/**
 * A member's own account holds no permissions: it only reaches its own record through the /me routes,
 * so it gets the member's page and none of the administration around it.
 */
export function isMemberOnly(me: Me): boolean {
  return me.permissions.length === 0;
}
