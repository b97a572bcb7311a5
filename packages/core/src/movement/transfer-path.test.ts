import { describe, expect, it } from 'vitest';
import type { OrgKind } from '../org/kinds';
import {
  checkTransferStart,
  outboundPath,
  transferPath,
  type PathOrg,
  type TransferStartCheck,
} from './transfer-path';

function org(id: number, name: string, kind: OrgKind, mayApproveAdmissions = false): PathOrg {
  return { id, name, kind, mayApproveAdmissions };
}

// Tenant one: a county with two townships; townships may approve admissions, villages may not.
const county = org(1, '甲县委', 'committee', true);
const townA = org(10, '甲镇党委', 'committee', true);
const villageA1 = org(100, '一村党委', 'committee');
const villageA2 = org(110, '二村党总支', 'general_branch');
const townB = org(20, '乙镇党委', 'committee', true);
const villageB1 = org(200, '三村党委', 'committee');
// Tenant two: another county.
const county2 = org(5, '丙县委', 'committee', true);
const townC = org(50, '丙镇党委', 'committee', true);

const branch1 = [county, townA, villageA1, org(1001, '一村第一支部', 'branch')];
const branch2 = [county, townA, villageA1, org(1002, '一村第二支部', 'branch')];
const branch3 = [county, townA, villageA2, org(1101, '二村第一支部', 'branch')];
const townBranch = [county, townA, org(1201, '镇机关支部', 'branch')];
const branch4 = [county, townB, villageB1, org(2001, '三村支部', 'branch')];
const otherTenant = [county2, townC, org(5001, '丙镇支部', 'branch')];

const roles = (chainFrom: PathOrg[], chainTo: PathOrg[]) =>
  transferPath(chainFrom, chainTo).stops.map((s) => `${s.orgId}:${s.role}`);

describe('the transfer path', () => {
  it('between branches of one village committee is issued by the village committee', () => {
    const path = transferPath(branch1, branch2);
    expect(path.stops.map((s) => `${s.orgId}:${s.role}`)).toEqual(['1001:send', '100:issue', '1002:receive']);
    expect(path).toMatchObject({ issuerId: 100, receiverCommitteeId: 100, sameCommittee: true });
  });

  it('between villages of one township is issued by the township, through both villages', () => {
    const path = transferPath(branch1, branch3);
    expect(path.stops.map((s) => `${s.orgId}:${s.role}`)).toEqual([
      '1001:send',
      '100:approve',
      '10:issue',
      '110:approve',
      '1101:receive',
    ]);
    expect(path).toMatchObject({ issuerId: 10, receiverCommitteeId: 10, sameCommittee: true });
  });

  it('between townships goes directly from one township to the other, not through the county (T6)', () => {
    const path = transferPath(branch1, branch4);
    expect(path.stops.map((s) => `${s.orgId}:${s.role}`)).toEqual([
      '1001:send',
      '100:approve',
      '10:issue',
      '20:accept',
      '200:approve',
      '2001:receive',
    ]);
    expect(path).toMatchObject({ issuerId: 10, receiverCommitteeId: 20, sameCommittee: false });
  });

  it('across tenants goes from the issuing committee to the receiving committee', () => {
    const path = transferPath(branch4, otherTenant);
    expect(path.stops.map((s) => `${s.orgId}:${s.role}`)).toEqual([
      '2001:send',
      '200:approve',
      '20:issue',
      '50:accept',
      '5001:receive',
    ]);
    expect(path).toMatchObject({ issuerId: 20, receiverCommitteeId: 50 });
  });

  it('from a branch directly under a committee with power starts at that committee', () => {
    expect(roles(townBranch, branch3)).toEqual(['1201:send', '10:issue', '110:approve', '1101:receive']);
  });

  it('to a branch directly under another committee with power ends there', () => {
    expect(roles(branch4, townBranch)).toEqual([
      '2001:send',
      '200:approve',
      '20:issue',
      '10:accept',
      '1201:receive',
    ]);
  });

  it('falls back to the root when no committee on the chain may approve admissions', () => {
    const root = org(7, '某企业党委', 'committee');
    const mid = org(70, '某车间党总支', 'general_branch');
    const from = [root, mid, org(701, '一支部', 'branch')];
    expect(transferPath(from, branch1)).toMatchObject({ issuerId: 7, receiverCommitteeId: 10 });
    expect(roles(from, branch1)).toEqual([
      '701:send',
      '70:approve',
      '7:issue',
      '10:accept',
      '100:approve',
      '1001:receive',
    ]);
  });

  it('lets a branch that is its own root issue the letter itself, listed twice', () => {
    const lone = [org(9, '独立支部', 'branch')];
    expect(roles(lone, branch1)).toEqual(['9:send', '9:issue', '10:accept', '100:approve', '1001:receive']);
  });

  it('refuses the same branch on both ends', () => {
    expect(() => transferPath(branch1, branch1)).toThrow();
  });
});

describe('starting a transfer', () => {
  const ok: TransferStartCheck = {
    stage: 'full',
    standing: 'active',
    fromOrgId: 1001,
    to: { id: 1002, kind: 'branch' },
    openTransfer: false,
  };

  it('is allowed for an active member to another branch', () => {
    expect(checkTransferStart(ok)).toEqual([]);
  });

  it('is allowed for a probationary member (T1)', () => {
    expect(checkTransferStart({ ...ok, stage: 'probationary' })).toEqual([]);
  });

  it('is refused for a person who is not a member', () => {
    expect(checkTransferStart({ ...ok, stage: 'activist' })).toEqual([
      expect.objectContaining({ rule: 'transfers.md T1', field: 'personId' }),
    ]);
  });

  it('is refused for a suspended member', () => {
    expect(checkTransferStart({ ...ok, standing: 'suspended' })).toEqual([
      expect.objectContaining({ field: 'personId', message: expect.stringContaining('停止党籍') }),
    ]);
  });

  it('is refused to the member’s own branch', () => {
    expect(checkTransferStart({ ...ok, to: { id: 1001, kind: 'branch' } })).toEqual([
      expect.objectContaining({ field: 'toOrgId' }),
    ]);
  });

  it('is refused to an org that is not a branch', () => {
    expect(checkTransferStart({ ...ok, to: { id: 10, kind: 'committee' } })).toEqual([
      expect.objectContaining({ rule: 'transfers.md T7', field: 'toOrgId' }),
    ]);
  });

  it('is allowed to a joint branch', () => {
    expect(checkTransferStart({ ...ok, to: { id: 1003, kind: 'joint_branch' } })).toEqual([]);
  });

  it('is refused to a dissolved branch', () => {
    expect(checkTransferStart({ ...ok, to: { id: 1002, kind: 'branch', dissolved: true } })).toEqual([
      expect.objectContaining({ message: '接收党组织已撤销' }),
    ]);
  });

  it('is refused to an org that does not exist', () => {
    expect(checkTransferStart({ ...ok, to: null })).toEqual([expect.objectContaining({ field: 'toOrgId' })]);
  });

  it('is refused while another transfer is open', () => {
    expect(checkTransferStart({ ...ok, openTransfer: true })).toEqual([
      expect.objectContaining({ rule: 'transfers.md T7' }),
    ]);
  });

  it('is refused while an outflow is open', () => {
    expect(checkTransferStart({ ...ok, openOutflow: true })).toEqual([
      expect.objectContaining({ rule: 'transfers.md T8' }),
    ]);
  });
});

describe('the path of a letter to an org outside Jiceng', () => {
  it('runs up from the branch to the issuing committee, which issues it', () => {
    const root = { id: 1, name: '县委', kind: 'committee' as const, mayApproveAdmissions: true };
    const town = { id: 2, name: '镇党委', kind: 'committee' as const, mayApproveAdmissions: true };
    const village = { id: 3, name: '村党委', kind: 'committee' as const, mayApproveAdmissions: false };
    const branch = { id: 4, name: '一支部', kind: 'branch' as const, mayApproveAdmissions: false };
    const path = outboundPath([root, town, village, branch]);
    expect(path.stops.map((s) => [s.orgId, s.role])).toEqual([
      [4, 'send'],
      [3, 'approve'],
      [2, 'issue'],
    ]);
    expect(path.issuerId).toBe(2);
  });
});
