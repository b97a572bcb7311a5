import { GRANTABLE_ROLES, ROLE_LABELS, type Me, type Role } from '@jiceng/core';

/** Roles the signed-in user may hand out somewhere; the server still checks the org for each. */
export function grantableRoles(me: Me): Role[] {
  const roles = new Set<Role>();
  for (const a of me.assignments) for (const r of GRANTABLE_ROLES[a.role]) roles.add(r);
  return [...roles];
}

export function roleOptions(me: Me): { value: Role; label: string }[] {
  return grantableRoles(me).map((r) => ({ value: r, label: ROLE_LABELS[r] }));
}
