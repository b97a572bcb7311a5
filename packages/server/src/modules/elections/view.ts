import { officerElectingBody, type CandidateOutcome, type Election, type ElectionTally } from '@jiceng/core';
import type { elections } from './schema';

/** A candidate as stored in `elections.candidates`; `seq` is how the tally names them. */
export interface StoredCandidate {
  seq: number;
  personId: number | null;
  name: string;
  votes: number;
}

/** The tally as stored: core's result and, for a revote, the election it completes. */
export type StoredTally = ElectionTally & { revoteOf?: number | null };

type ElectionRow = typeof elections.$inferSelect;

function outcomeOf(seq: number, tally: ElectionTally): CandidateOutcome {
  if (tally.elected.includes(seq)) return 'elected';
  if (tally.tiedForLastSeat.includes(seq)) return 'tied';
  return 'not_elected';
}

export function toElection(row: ElectionRow, recordedByName: string | null): Election {
  const stored = row.tally as StoredTally;
  const { revoteOf, ...tally } = stored;
  const candidates = (row.candidates as StoredCandidate[]).map((c) => ({
    ...c,
    outcome: outcomeOf(c.seq, tally),
  }));
  return {
    id: row.id,
    orgId: row.orgId,
    heldOn: row.heldOn,
    entitled: row.entitled,
    present: row.present,
    seats: row.seats,
    termYears: row.termYears,
    candidates,
    tally,
    jointReviewId: row.jointReviewId,
    revoteOf: revoteOf ?? null,
    recordedByName,
    createdAt: row.createdAt.toISOString(),
    tookEffect: tally.elected.length > 0,
    // L9: three or more seats make a committee, which then elects its secretary (L16); else the meeting does.
    officerElectingBody: officerElectingBody(row.seats >= 3),
  };
}
