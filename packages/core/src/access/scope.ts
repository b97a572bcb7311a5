import { roleGrants, type Permission, type Role } from './roles';

/** One role assignment as the access check sees it: `orgPath` null means the whole system (admin only). */
export interface ScopedAssignment {
  role: Role;
  orgId: number | null;
  orgPath: string | null;
}

/** The org paths under which `permission` holds; `'all'` when an assignment covers the whole system. */
export function scopeFor(assignments: readonly ScopedAssignment[], permission: Permission): 'all' | string[] {
  const paths: string[] = [];
  for (const a of assignments) {
    if (!roleGrants(a.role, permission)) continue;
    if (a.orgPath === null) return 'all';
    paths.push(a.orgPath);
  }
  // Drop paths already covered by a shorter one so SQL gets the fewest prefixes.
  return paths
    .sort((x, y) => x.length - y.length)
    .filter((p, i, all) => !all.slice(0, i).some((q) => p.startsWith(q)));
}

export function pathInScope(scope: 'all' | readonly string[], path: string): boolean {
  return scope === 'all' || scope.some((prefix) => path.startsWith(prefix));
}

export function hasPermissionSomewhere(
  assignments: readonly ScopedAssignment[],
  permission: Permission,
): boolean {
  return assignments.some((a) => roleGrants(a.role, permission));
}
