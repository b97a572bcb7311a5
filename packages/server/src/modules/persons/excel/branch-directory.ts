import { isBranchKind, ORG_KIND_LABELS, type OrgKind } from '@jiceng/core';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/connection';
import { inScope, type Scope } from '../../../auth/access';
import { orgs } from '../../orgs/schema';

export interface DirectoryOrg {
  id: number;
  name: string;
  kind: string;
  path: string;
  tenantOrgId: number;
}

const columns = {
  id: orgs.id,
  name: orgs.name,
  kind: orgs.kind,
  path: orgs.path,
  tenantOrgId: orgs.tenantOrgId,
  code: orgs.code,
  parentId: orgs.parentId,
};

/**
 * Branches by their code and groups by their name, among the orgs the user may manage persons in. Codes
 * are unique only among siblings, so a code may name several orgs; loaded per batch of rows, so a
 * province-wide reach costs only the codes the file uses.
 */
export class BranchDirectory {
  private readonly byCode = new Map<string, DirectoryOrg[]>();
  private readonly groups = new Map<number, Map<string, DirectoryOrg>>();

  constructor(
    private readonly db: Db,
    private readonly scope: Scope,
  ) {}

  async loadCodes(codes: Iterable<string>): Promise<void> {
    const wanted = [...new Set(codes)].filter((code) => !this.byCode.has(code));
    if (wanted.length === 0) return;
    for (const code of wanted) this.byCode.set(code, []);
    const rows = await this.db
      .select(columns)
      .from(orgs)
      .where(and(inArray(orgs.code, wanted), isNull(orgs.dissolvedAt), inScope(orgs.path, this.scope)));
    for (const row of rows) this.byCode.get(row.code!)!.push(row);
  }

  /** The branch of a code, or why the code does not name one. Call after `loadCodes`. */
  resolve(code: string): { branch: DirectoryOrg } | { reason: string } {
    const found = this.byCode.get(code) ?? [];
    if (found.length === 0) return { reason: `找不到代码为 ${code} 的党支部，或不在您的管理范围内` };
    if (found.length > 1) {
      const names = found.slice(0, 3).map((o) => `“${o.name}”`);
      return {
        reason: `代码 ${code} 在您的管理范围内对应 ${found.length} 个组织（${names.join('、')}），无法确定所在党支部，请先为这些组织设置互不相同的代码`,
      };
    }
    const org = found[0]!;
    if (!isBranchKind(org.kind as OrgKind)) {
      return {
        reason: `代码为 ${code} 的“${org.name}”是${ORG_KIND_LABELS[org.kind as OrgKind]}，党员的组织关系应在党支部或联合党支部`,
      };
    }
    return { branch: org };
  }

  async loadGroups(branchIds: Iterable<number>): Promise<void> {
    const wanted = [...new Set(branchIds)].filter((id) => !this.groups.has(id));
    if (wanted.length === 0) return;
    for (const id of wanted) this.groups.set(id, new Map());
    const rows = await this.db
      .select(columns)
      .from(orgs)
      .where(and(inArray(orgs.parentId, wanted), eq(orgs.kind, 'group'), isNull(orgs.dissolvedAt)));
    for (const row of rows) this.groups.get(row.parentId!)!.set(row.name, row);
  }

  /** A group of the branch by its name. Call after `loadGroups`. */
  group(branchId: number, name: string): DirectoryOrg | null {
    return this.groups.get(branchId)?.get(name) ?? null;
  }
}
