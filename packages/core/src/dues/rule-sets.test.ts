import { describe, expect, it } from 'vitest';
import type { DuesRuleSet } from './rule-set';
import { DUES_2008, duesRuleSetFor } from './rule-sets';

describe('duesRuleSetFor', () => {
  it('gives the 2008 set from 1 April 2008', () => {
    expect(duesRuleSetFor('2008-04-01').id).toBe('dues-2008');
  });

  it('falls back to the 2008 set before it took effect', () => {
    expect(duesRuleSetFor('2007-12-31').id).toBe('dues-2008');
  });

  it('picks a later set from its effective date and not the day before', () => {
    const later: DuesRuleSet = {
      ...DUES_2008,
      id: 'local-2030',
      effectiveFrom: '2030-01-01',
      rounding: 'half_even',
    };
    expect(duesRuleSetFor('2029-12-31', [DUES_2008, later]).id).toBe('dues-2008');
    expect(duesRuleSetFor('2030-01-01', [DUES_2008, later]).id).toBe('local-2030');
  });
});

describe('DUES_2008', () => {
  it('ends both bracket lists with an unbounded bracket', () => {
    expect(DUES_2008.employedBrackets.at(-1)?.upToFen).toBeNull();
    expect(DUES_2008.retiredBrackets.at(-1)?.upToFen).toBeNull();
  });

  it('rounds half up by default (F14)', () => {
    expect(DUES_2008.rounding).toBe('half_up');
  });
});
