import type { RuleViolation } from '../shared/errors';

/** org-life.md L14: candidates ≥ seats × 1.2, rounded up; integer arithmetic (ceil(seats × 6 / 5)). */
export function minCandidates(seats: number): number {
  return Math.floor((seats * 6 + 4) / 5);
}

/** org-life.md L13: more than four fifths of the voting members present. */
export function electionQuorate(counts: { entitled: number; present: number }): boolean {
  return counts.present * 5 > counts.entitled * 4;
}

/** org-life.md L15: elected when the votes for exceed half of those present (not of those entitled). */
export function electedByVotes(votes: number, present: number): boolean {
  return votes * 2 > present;
}

export interface ElectionCandidate {
  id: number;
  /** Shown in messages when given. */
  name?: string;
  votes: number;
}

export interface ElectionTallyInput {
  /** Voting (full) members of the electing body. */
  entitled: number;
  present: number;
  seats: number;
  candidates: readonly ElectionCandidate[];
  /** Ballots handed in, when counted. */
  ballotsCast?: number;
}

export interface ElectionTally {
  /** L13: the election stands only with more than four fifths present. */
  valid: boolean;
  /** L14: enough candidates for the margin. */
  competitive: boolean;
  elected: number[];
  /** L15: tied at the last seat: revote among them; their seats stay empty until then. */
  tiedForLastSeat: number[];
  /** Seats no one filled: another ballot (L15). */
  emptySeats: number;
  violations: RuleViolation[];
}

const nonNegativeInteger = (n: number) => Number.isInteger(n) && n >= 0;

function who(c: ElectionCandidate): string {
  return c.name ?? `候选人（编号 ${c.id}）`;
}

/** Counts that cannot be, and too few candidates for a competitive election (L13–L15). */
export function checkElectionInput(input: ElectionTallyInput): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const numbers = [input.entitled, input.present, input.seats, ...input.candidates.map((c) => c.votes)];
  if (input.ballotsCast !== undefined) numbers.push(input.ballotsCast);
  if (!numbers.every(nonNegativeInteger)) {
    return [{ rule: 'org-life.md L13', field: 'present', message: '人数和票数须为非负整数' }];
  }
  if (input.seats < 1) {
    violations.push({ rule: 'org-life.md L14', field: 'seats', message: '应选名额至少为 1' });
  }
  if (input.entitled < 1) {
    violations.push({
      rule: 'org-life.md L13',
      field: 'entitled',
      message: '应到有选举权的党员人数不能为 0',
    });
  }
  if (input.present > input.entitled) {
    violations.push({
      rule: 'org-life.md L13',
      field: 'present',
      message: `实到人数（${input.present}）不能多于应到有选举权的党员人数（${input.entitled}）`,
    });
  }
  if (input.seats >= 1 && input.candidates.length < minCandidates(input.seats)) {
    violations.push({
      rule: 'org-life.md L14',
      field: 'candidates',
      message: `差额选举：${input.seats} 个名额至少须有 ${minCandidates(input.seats)} 名候选人，现为 ${input.candidates.length} 名`,
    });
  }
  if (input.ballotsCast !== undefined && input.ballotsCast > input.present) {
    violations.push({
      rule: 'org-life.md L15',
      field: 'ballotsCast',
      message: `收回选票（${input.ballotsCast}）不能多于实到人数（${input.present}）`,
    });
  }
  const voters = input.ballotsCast ?? input.present;
  const seen = new Set<number>();
  for (const c of input.candidates) {
    if (seen.has(c.id)) {
      violations.push({ rule: 'org-life.md L14', field: 'candidates', message: `${who(c)}重复列出` });
    }
    seen.add(c.id);
    if (c.votes > voters) {
      violations.push({
        rule: 'org-life.md L15',
        field: 'candidates',
        message: `${who(c)}的得票（${c.votes}）不能多于${input.ballotsCast === undefined ? '实到人数' : '收回选票'}（${voters}）`,
      });
    }
  }
  return violations;
}

/**
 * org-life.md L13–L15. Nobody is elected when the input has violations or the election is not valid. Those
 * with more than half of the present pass; if more pass than there are seats the highest win, and a tie
 * across the last seat leaves those seats empty for a revote among the tied.
 */
export function tallyElection(input: ElectionTallyInput): ElectionTally {
  const violations = checkElectionInput(input);
  const valid = electionQuorate(input);
  if (!valid && input.present <= input.entitled) {
    violations.push({
      rule: 'org-life.md L13',
      field: 'present',
      message: `实到人数（${input.present}）须超过应到人数（${input.entitled}）的五分之四，选举无效`,
    });
  }
  const competitive = input.seats >= 1 && input.candidates.length >= minCandidates(input.seats);
  const seats = Math.max(0, input.seats);
  if (violations.length > 0) {
    return { valid, competitive, elected: [], tiedForLastSeat: [], emptySeats: seats, violations };
  }
  const passing = input.candidates
    .filter((c) => electedByVotes(c.votes, input.present))
    .sort((a, b) => b.votes - a.votes);
  if (passing.length <= seats) {
    const elected = passing.map((c) => c.id);
    return {
      valid,
      competitive,
      elected,
      tiedForLastSeat: [],
      emptySeats: seats - elected.length,
      violations,
    };
  }
  const lastSeatVotes = passing[seats - 1]?.votes ?? 0;
  const above = passing.filter((c) => c.votes > lastSeatVotes).map((c) => c.id);
  const atLast = passing.filter((c) => c.votes === lastSeatVotes).map((c) => c.id);
  if (above.length + atLast.length === seats) {
    return {
      valid,
      competitive,
      elected: [...above, ...atLast],
      tiedForLastSeat: [],
      emptySeats: 0,
      violations,
    };
  }
  return {
    valid,
    competitive,
    elected: above,
    tiedForLastSeat: atLast,
    emptySeats: seats - above.length,
    violations,
  };
}

/** org-life.md L16: who elects the secretary and deputy; the result goes to the higher org for approval. */
export function officerElectingBody(hasCommittee: boolean): 'committee_meeting' | 'general_meeting' {
  return hasCommittee ? 'committee_meeting' : 'general_meeting';
}
