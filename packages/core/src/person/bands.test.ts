import { describe, expect, it } from 'vitest';
import { birthDateRange } from './bands';
import { ageOn } from './id-number';

describe('age bands (statistics.md S9)', () => {
  it('cover exactly the people of those full ages', () => {
    const on = '2026-11-23';
    const { from, to } = birthDateRange('31_35', on);
    expect(ageOn(to, on)).toBe(31);
    expect(ageOn(from, on)).toBe(35);
    expect(ageOn('1990-11-23', on)).toBe(36);
    expect(from).toBe('1990-11-24');
  });
});
