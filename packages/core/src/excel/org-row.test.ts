import { describe, expect, it } from 'vitest';
import { parseOrgRow } from './org-row';

describe('an org row', () => {
  it('yields the org with the default term of its unit kind', () => {
    expect(parseOrgRow({ code: 'CG01', name: '城关镇党委', kind: '党委', unitKind: '社区' })).toMatchObject({
      value: { code: 'CG01', parentCode: null, kind: 'committee', unitKind: 'community', termYears: 5 },
      issues: [],
    });
  });

  it('names each bad cell', () => {
    const parsed = parseOrgRow({ code: 'C G', name: '', kind: '支部', termYears: 8, termStartedOn: 'x' });
    expect(parsed.value).toBeNull();
    expect(parsed.issues.map((i) => i.column)).toEqual([
      'code',
      'name',
      'kind',
      'termStartedOn',
      'termYears',
    ]);
  });
});
