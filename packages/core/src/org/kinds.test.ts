import { describe, expect, it } from 'vitest';
import { checkParentKind, childKindsOf } from './kinds';

describe('parent-kind rules', () => {
  it('put a group only inside a branch or joint branch', () => {
    expect(checkParentKind('group', 'branch')).toBeNull();
    expect(checkParentKind('group', 'joint_branch')).toBeNull();
    expect(checkParentKind('group', 'committee')?.field).toBe('parentId');
    expect(checkParentKind('group', null)).not.toBeNull();
  });

  it('put a branch under a committee, working committee or general branch, never at the top', () => {
    for (const parent of ['committee', 'working_committee', 'general_branch'] as const) {
      expect(checkParentKind('branch', parent)).toBeNull();
    }
    expect(checkParentKind('branch', null)?.message).toBe(
      '党支部不能设在顶级之下，只能设在：党委、党工委、党总支',
    );
    expect(checkParentKind('branch', 'branch')).not.toBeNull();
  });

  it('allow committees at the top', () => {
    expect(checkParentKind('committee', null)).toBeNull();
    expect(checkParentKind('working_committee', null)).toBeNull();
    expect(checkParentKind('general_branch', null)).not.toBeNull();
  });

  it('list the kinds a parent may hold', () => {
    expect(childKindsOf('branch')).toEqual(['group']);
    expect(childKindsOf(null)).toEqual(['committee', 'working_committee']);
    expect(childKindsOf('group')).toEqual([]);
  });
});
