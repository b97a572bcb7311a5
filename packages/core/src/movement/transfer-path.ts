import { isBranchKind, type OrgKind } from '../org/kinds';
import { MEMBER_STAGES, type Stage } from '../person/enums';
import type { RuleViolation } from '../shared/errors';
import { STANDING_LABELS, type Standing } from './standing';

/** An org on a chain from the tenant root down to a branch, with what the path needs to know of it. */
export interface PathOrg {
  id: number;
  name: string;
  kind: OrgKind;
  mayApproveAdmissions: boolean;
}

/**
 * What each org on a transfer path does: the sending branch sends, orgs in between pass the request on
 * (approve), the issuing base committee issues the letter, the receiving base committee accepts it and
 * returns the receipt, the receiving branch takes the member in.
 */
export const TRANSFER_STOP_ROLES = ['send', 'approve', 'issue', 'accept', 'receive'] as const;
export type TransferStopRole = (typeof TRANSFER_STOP_ROLES)[number];

export const TRANSFER_STOP_ROLE_LABELS: Record<TransferStopRole, string> = {
  send: '转出',
  approve: '审核转递',
  issue: '开具介绍信',
  accept: '接收介绍信',
  receive: '报到接收',
};

export interface TransferStop {
  orgId: number;
  orgName: string;
  role: TransferStopRole;
}

export interface TransferPath {
  stops: TransferStop[];
  /** The base committee that issues the letter and keeps the stub (T2). */
  issuerId: number;
  /** The base committee that accepts the letter and returns the receipt to the issuer (T5). */
  receiverCommitteeId: number;
  /** Issuer and receiving committee are one org: the receipt stays inside it. */
  sameCommittee: boolean;
}

function stop(org: PathOrg, role: TransferStopRole): TransferStop {
  return { orgId: org.id, orgName: org.name, role };
}

/** The nearest org above the branch (the chain's last org) with the power to approve admissions; else the root. */
function nearestCommitteeIndex(chain: readonly PathOrg[]): number {
  for (let i = chain.length - 2; i >= 0; i--) {
    if (chain[i]!.mayApproveAdmissions) return i;
  }
  return 0;
}

/** The index of the deepest org both chains share, or -1 when they start at different roots (tenants). */
function commonAncestorIndex(from: readonly PathOrg[], to: readonly PathOrg[]): number {
  let index = -1;
  while (index + 1 < from.length && index + 1 < to.length && from[index + 1]!.id === to[index + 1]!.id) {
    index++;
  }
  return index;
}

/**
 * T5, T6: the orgs a transfer passes through. Each chain runs from the root down to the branch, inclusive.
 * Inside one base committee (the common ancestor at or below the issuing committee) the common ancestor
 * issues the letter and it goes straight down; otherwise the issuing committee sends it directly to the
 * receiving committee, whatever lies above them (T6), and the receipt passes only between those two (T5).
 * The first stop is always `send` and the last `receive`: a branch that is itself the top of its tree also
 * issues (or accepts) the letter and then appears twice.
 */
export function transferPath(fromChain: readonly PathOrg[], toChain: readonly PathOrg[]): TransferPath {
  const fromBranch = fromChain.at(-1);
  const toBranch = toChain.at(-1);
  if (!fromBranch || !toBranch) throw new Error('transferPath: both chains need at least one org');
  if (fromBranch.id === toBranch.id)
    throw new Error('transferPath: sending and receiving branch are the same');
  const fromLast = fromChain.length - 1;
  const toLast = toChain.length - 1;
  const issuerIndex = nearestCommitteeIndex(fromChain);
  const common = commonAncestorIndex(fromChain, toChain);
  if (common === fromLast || common === toLast) {
    throw new Error('transferPath: one branch lies above the other');
  }

  const stops: TransferStop[] = [stop(fromBranch, 'send')];
  const up = (downTo: number) => {
    for (let i = fromLast - 1; i > downTo; i--) stops.push(stop(fromChain[i]!, 'approve'));
  };
  const down = (from: number) => {
    for (let i = from + 1; i < toLast; i++) stops.push(stop(toChain[i]!, 'approve'));
  };

  if (common >= 0 && common >= issuerIndex) {
    const ancestor = fromChain[common]!;
    up(common);
    stops.push(stop(ancestor, 'issue'));
    down(common);
    stops.push(stop(toBranch, 'receive'));
    return { stops, issuerId: ancestor.id, receiverCommitteeId: ancestor.id, sameCommittee: true };
  }

  const issuer = fromChain[issuerIndex]!;
  const receiverIndex = nearestCommitteeIndex(toChain);
  const receiver = toChain[receiverIndex]!;
  up(issuerIndex);
  stops.push(stop(issuer, 'issue'));
  stops.push(stop(receiver, 'accept'));
  down(receiverIndex);
  stops.push(stop(toBranch, 'receive'));
  return {
    stops,
    issuerId: issuer.id,
    receiverCommitteeId: receiver.id,
    sameCommittee: issuer.id === receiver.id,
  };
}

export interface TransferStartCheck {
  stage: Stage | null;
  standing: Standing;
  /** The member's current branch. */
  fromOrgId: number;
  /** The receiving org, or null when it does not exist (or is out of reach). */
  to: { id: number; kind: OrgKind; dissolved?: boolean } | null;
  /** Another transfer of this person is still requested or issued. */
  openTransfer: boolean;
  /** The person is registered as an outflowing mobile member and has not returned. */
  openOutflow?: boolean;
}

/** Whether a transfer inside Jiceng may start. Every obstacle is returned. */
export function checkTransferStart(input: TransferStartCheck): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!input.stage || !MEMBER_STAGES.includes(input.stage)) {
    violations.push({ rule: 'transfers.md T1', field: 'personId', message: '不是党员，不能转接组织关系' });
  } else if (input.standing !== 'active') {
    // T1 moves members; a suspended or departed person holds no active relationship to move (T14, T15).
    violations.push({
      rule: 'transfers.md T1',
      field: 'personId',
      message: `党籍状态为“${STANDING_LABELS[input.standing]}”，不能转接组织关系`,
    });
  }
  const to = input.to;
  if (!to) {
    violations.push({ rule: 'transfers.md T7', field: 'toOrgId', message: '接收党组织不存在' });
  } else if (to.id === input.fromOrgId) {
    violations.push({
      rule: 'transfers.md T1',
      field: 'toOrgId',
      message: '接收党组织就是本人所在党支部，无需转接',
    });
  } else if (!isBranchKind(to.kind)) {
    // T7: the member's branch becomes the receiving org, and members belong to branches only.
    violations.push({
      rule: 'transfers.md T7',
      field: 'toOrgId',
      message: '接收党组织应为党支部或联合党支部',
    });
  } else if (to.dissolved) {
    violations.push({ rule: 'transfers.md T7', field: 'toOrgId', message: '接收党组织已撤销' });
  }
  if (input.openTransfer) {
    violations.push({
      rule: 'transfers.md T7',
      field: 'personId',
      message: '该党员已有未完成的组织关系转接，须先完成或撤销',
    });
  }
  if (input.openOutflow) {
    // T8: settling away turns a mobile member into a transfer; the outflow is closed first so the
    // relationship is never held by an outflow and a transfer at once.
    violations.push({
      rule: 'transfers.md T8',
      field: 'personId',
      message: '该党员有未结束的流出登记，须先登记返回再转接组织关系',
    });
  }
  return violations;
}

/**
 * A letter to an org outside Jiceng: up from the branch to the issuing committee (T5, T6), which issues the
 * letter; the rest of the way is on paper.
 */
export function outboundPath(fromChain: readonly PathOrg[]): { stops: TransferStop[]; issuerId: number } {
  const branch = fromChain.at(-1);
  if (!branch) throw new Error('outboundPath: the chain needs at least one org');
  const issuerIndex = nearestCommitteeIndex(fromChain);
  const stops: TransferStop[] = [stop(branch, 'send')];
  for (let i = fromChain.length - 2; i > issuerIndex; i--) stops.push(stop(fromChain[i]!, 'approve'));
  stops.push(stop(fromChain[issuerIndex]!, 'issue'));
  return { stops, issuerId: fromChain[issuerIndex]!.id };
}
