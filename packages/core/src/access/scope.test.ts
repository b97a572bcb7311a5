import { describe, expect, it } from 'vitest';
import { pathInScope, scopeFor } from './scope';

describe('access scope', () => {
  it('reaches the assigned org and everything below it', () => {
    const scope = scopeFor([{ role: 'branch_secretary', orgId: 12, orgPath: '/1/12/' }], 'org.read');
    expect(pathInScope(scope, '/1/12/')).toBe(true);
    expect(pathInScope(scope, '/1/12/305/')).toBe(true);
    expect(pathInScope(scope, '/1/13/')).toBe(false);
    expect(pathInScope(scope, '/1/')).toBe(false);
  });

  it('does not confuse /1/12/ with /1/123/', () => {
    const scope = scopeFor([{ role: 'org_staff', orgId: 12, orgPath: '/1/12/' }], 'org.read');
    expect(pathInScope(scope, '/1/123/')).toBe(false);
  });

  it('grants nothing for a role without the permission', () => {
    expect(scopeFor([{ role: 'member', orgId: 12, orgPath: '/1/12/' }], 'org.read')).toEqual([]);
    expect(scopeFor([{ role: 'branch_officer', orgId: 12, orgPath: '/1/12/' }], 'user.manage')).toEqual([]);
  });

  it('is everything for a system-wide admin', () => {
    expect(scopeFor([{ role: 'admin', orgId: null, orgPath: null }], 'audit.read')).toBe('all');
  });

  it('drops paths already covered by a wider assignment', () => {
    const scope = scopeFor(
      [
        { role: 'branch_secretary', orgId: 305, orgPath: '/1/12/305/' },
        { role: 'org_staff', orgId: 12, orgPath: '/1/12/' },
      ],
      'org.read',
    );
    expect(scope).toEqual(['/1/12/']);
  });
});
