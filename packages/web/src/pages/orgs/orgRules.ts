import type { OrgKind } from '@jiceng/core';

/**
 * Mirrors the server: only committees, working committees and general branches may be authorized to
 * approve admissions, so the switch is offered only there.
 */
const APPROVING_KINDS: readonly OrgKind[] = ['committee', 'working_committee', 'general_branch'];

export function mayHoldApproval(kind: OrgKind | undefined): boolean {
  return kind !== undefined && APPROVING_KINDS.includes(kind);
}
