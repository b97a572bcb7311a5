import { describe, expect, it } from 'vitest';
import { checkVoteCounts, tallyAdmissionVote } from './vote';

describe('tallyAdmissionVote (development.md D11, D12)', () => {
  it('is quorate only with more than half of the entitled present', () => {
    expect(tallyAdmissionVote({ entitled: 10, present: 5, yes: 5 }).quorate).toBe(false);
    expect(tallyAdmissionVote({ entitled: 10, present: 6, yes: 6 }).quorate).toBe(true);
    expect(tallyAdmissionVote({ entitled: 9, present: 5, yes: 5 }).quorate).toBe(true);
  });

  it('passes only when the yes votes exceed half of the entitled, not of those present', () => {
    expect(tallyAdmissionVote({ entitled: 10, present: 8, yes: 5 })).toEqual({
      quorate: true,
      passed: false,
    });
    expect(tallyAdmissionVote({ entitled: 10, present: 8, yes: 6 })).toEqual({ quorate: true, passed: true });
    expect(tallyAdmissionVote({ entitled: 7, present: 4, yes: 4 })).toEqual({ quorate: true, passed: true });
  });

  it('never passes without a quorum', () => {
    expect(tallyAdmissionVote({ entitled: 10, present: 5, yes: 6 })).toEqual({
      quorate: false,
      passed: false,
    });
  });
});

describe('vote counts', () => {
  it('refuse more votes than people present', () => {
    expect(checkVoteCounts({ entitled: 10, present: 6, yes: 5, no: 1, abstain: 1 })[0]?.rule).toBe(
      'development.md D12',
    );
  });

  it('count written opinions of absent voters', () => {
    expect(checkVoteCounts({ entitled: 10, present: 6, yes: 6, no: 0, abstain: 1, written: 1 })).toEqual([]);
  });

  it('refuse more present than entitled', () => {
    expect(
      checkVoteCounts({ entitled: 5, present: 6, yes: 6, no: 0, abstain: 0 }).map((v) => v.field),
    ).toContain('vote.present');
  });
});
