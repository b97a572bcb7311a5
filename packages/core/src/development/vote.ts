import type { RuleViolation } from '../shared/errors';

/**
 * development.md D11, D12: quorate when more than half of the entitled (full) members are present; passed
 * when quorate and the yes votes exceed half of the entitled members (not of those present).
 */
export function tallyAdmissionVote(vote: { entitled: number; present: number; yes: number }): {
  quorate: boolean;
  passed: boolean;
} {
  const quorate = vote.present * 2 > vote.entitled;
  return { quorate, passed: quorate && vote.yes * 2 > vote.entitled };
}

export interface VoteCounts {
  /** Full members entitled to vote (probationary members never count, D11). */
  entitled: number;
  present: number;
  yes: number;
  no: number;
  abstain: number;
  /** Written opinions of absent voters, sent before the meeting; they are counted among the votes (D12). */
  written?: number;
}

/** Counts that cannot be: more present than entitled, more votes than people present. */
export function checkVoteCounts(vote: VoteCounts): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const written = vote.written ?? 0;
  const counts = [vote.entitled, vote.present, vote.yes, vote.no, vote.abstain, written];
  if (counts.some((n) => !Number.isInteger(n) || n < 0)) {
    violations.push({ rule: 'development.md D11', field: 'vote', message: '表决人数须为非负整数' });
    return violations;
  }
  if (vote.entitled === 0) {
    violations.push({
      rule: 'development.md D11',
      field: 'vote.entitled',
      message: '应到有表决权的正式党员人数不能为 0',
    });
  }
  if (vote.present > vote.entitled) {
    violations.push({
      rule: 'development.md D11',
      field: 'vote.present',
      message: `实到人数（${vote.present}）不能多于应到有表决权的正式党员人数（${vote.entitled}）`,
    });
  }
  if (vote.present + written > vote.entitled) {
    violations.push({
      rule: 'development.md D12',
      field: 'vote.written',
      message: `实到人数与书面意见合计（${vote.present + written}）不能多于应到人数（${vote.entitled}）`,
    });
  }
  if (vote.yes + vote.no + vote.abstain > vote.present + written) {
    violations.push({
      rule: 'development.md D12',
      field: 'vote.yes',
      message: `赞成、反对、弃权合计（${vote.yes + vote.no + vote.abstain}）不能多于实到人数（${vote.present}）${written ? `与书面意见（${written}）之和` : ''}`,
    });
  }
  return violations;
}
