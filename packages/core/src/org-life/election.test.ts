import { describe, expect, it } from 'vitest';
import {
  checkElectionInput,
  electionQuorate,
  minCandidates,
  officerElectingBody,
  tallyElection,
  type ElectionTallyInput,
} from './election';

const candidates = (...votes: number[]) => votes.map((v, i) => ({ id: i + 1, votes: v }));
const tally = (over: Partial<ElectionTallyInput>) =>
  tallyElection({ entitled: 10, present: 9, seats: 3, candidates: candidates(9, 8, 7, 2), ...over });

describe('minCandidates (org-life.md L14)', () => {
  it('rounds seats × 1.2 up: 3 → 4, 5 → 6', () => {
    expect([minCandidates(3), minCandidates(5)]).toEqual([4, 6]);
  });

  it('gives 2 for 1 seat, 9 for 7 and 12 for 10', () => {
    expect([minCandidates(1), minCandidates(7), minCandidates(10)]).toEqual([2, 9, 12]);
  });

  it('matches exact integer ceiling for 1–1000 seats', () => {
    for (let seats = 1; seats <= 1000; seats++) {
      const n = minCandidates(seats);
      expect(n * 5 >= seats * 6 && (n - 1) * 5 < seats * 6).toBe(true);
    }
  });
});

describe('electionQuorate (org-life.md L13)', () => {
  it('is invalid at exactly four fifths (8 of 10) and valid at 9 of 10', () => {
    expect(electionQuorate({ entitled: 10, present: 8 })).toBe(false);
    expect(electionQuorate({ entitled: 10, present: 9 })).toBe(true);
  });

  it('needs 5 of 6 (more than 4.8)', () => {
    expect(electionQuorate({ entitled: 6, present: 4 })).toBe(false);
    expect(electionQuorate({ entitled: 6, present: 5 })).toBe(true);
  });
});

describe('tallyElection (org-life.md L13–L15)', () => {
  it('elects those with more than half of those present', () => {
    expect(tally({})).toEqual({
      valid: true,
      competitive: true,
      elected: [1, 2, 3],
      tiedForLastSeat: [],
      emptySeats: 0,
      violations: [],
    });
  });

  it('does not elect at exactly half of those present, and elects at one more', () => {
    const result = tally({ entitled: 10, present: 10, candidates: candidates(10, 6, 5, 4) });
    expect(result.elected).toEqual([1, 2]);
    expect(result.emptySeats).toBe(1);
  });

  it('counts half of those present, not of those entitled', () => {
    expect(tally({ entitled: 10, present: 9, candidates: candidates(9, 9, 5, 4) }).elected).toEqual([
      1, 2, 3,
    ]);
  });

  it('elects no one when four fifths are not present, citing L13', () => {
    const result = tally({ present: 8, candidates: candidates(8, 7, 6, 2) });
    expect(result.valid).toBe(false);
    expect(result.elected).toEqual([]);
    expect(result.emptySeats).toBe(3);
    expect(result.violations).toEqual([
      expect.objectContaining({ rule: 'org-life.md L13', field: 'present' }),
    ]);
  });

  it('takes the highest when more pass than there are seats', () => {
    expect(tally({ candidates: candidates(6, 9, 8, 7) }).elected).toEqual([2, 3, 4]);
  });

  it('leaves the last seat to a revote when two tie for it', () => {
    expect(tally({ candidates: candidates(9, 8, 7, 7) })).toMatchObject({
      elected: [1, 2],
      tiedForLastSeat: [3, 4],
      emptySeats: 1,
    });
  });

  it('leaves two seats empty when three tie across the last two', () => {
    expect(tally({ candidates: candidates(9, 7, 7, 7) })).toMatchObject({
      elected: [1],
      tiedForLastSeat: [2, 3, 4],
      emptySeats: 2,
    });
  });

  it('elects tied candidates when the tie fits the seats', () => {
    expect(tally({ candidates: candidates(9, 7, 7, 6) })).toMatchObject({
      elected: [1, 2, 3],
      tiedForLastSeat: [],
    });
  });

  it('refuses a candidate with more votes than voters present', () => {
    const result = tally({ candidates: candidates(10, 8, 7, 2) });
    expect(result.elected).toEqual([]);
    expect(result.violations[0]?.message).toBe('候选人（编号 1）的得票（10）不能多于实到人数（9）');
  });

  it('refuses too few candidates for a competitive election', () => {
    const result = tally({ candidates: candidates(9, 8, 7) });
    expect(result.competitive).toBe(false);
    expect(result.violations[0]).toMatchObject({ rule: 'org-life.md L14', field: 'candidates' });
  });
});

describe('checkElectionInput', () => {
  it('refuses more present than entitled', () => {
    expect(
      checkElectionInput({ entitled: 10, present: 11, seats: 3, candidates: candidates(9, 8, 7, 2) })[0]
        ?.field,
    ).toBe('present');
  });

  it('refuses more ballots than voters present and votes above the ballots', () => {
    const fields = checkElectionInput({
      entitled: 10,
      present: 9,
      seats: 3,
      candidates: candidates(9, 8, 7, 2),
      ballotsCast: 10,
    }).map((v) => v.field);
    expect(fields).toEqual(['ballotsCast']);
    expect(
      checkElectionInput({
        entitled: 10,
        present: 9,
        seats: 3,
        candidates: candidates(9, 8, 7, 2),
        ballotsCast: 8,
      })[0]?.message,
    ).toBe('候选人（编号 1）的得票（9）不能多于收回选票（8）');
  });

  it('refuses negative or fractional counts', () => {
    expect(
      checkElectionInput({ entitled: 10, present: 9.5, seats: 3, candidates: candidates(1, 1, 1, 1) }),
    ).toHaveLength(1);
  });
});

describe('officerElectingBody (org-life.md L16)', () => {
  it('is the committee where one exists, else the general meeting', () => {
    expect([officerElectingBody(true), officerElectingBody(false)]).toEqual([
      'committee_meeting',
      'general_meeting',
    ]);
  });
});
