import {
  chinaToday,
  EDUCATION_LABELS,
  ETHNICITY_LABELS,
  isBranchKind,
  maskPhone,
  MEMBER_STAGES,
  ORG_KIND_LABELS,
  PERSON_KIND_LABELS,
  SEX_LABELS,
  type Education,
  type OrgKind,
  type PersonKind,
  type SexValue,
} from '@jiceng/core';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/connection';
import type { RequestContext } from '../../../auth/actor';
import { requireOrg, requirePermission } from '../../../auth/access';
import type { DataCipher } from '../../../http/crypto';
import { ruleViolated } from '../../../http/errors';
import { orgs } from '../../orgs/schema';
import { persons } from '../schema';

const groups = alias(orgs, 'groups');

export interface RosterMember {
  name: string;
  sex: string;
  ethnicity: string;
  birthDate: string;
  education: string;
  admissionDate: string | null;
  conversionDate: string | null;
  personKind: string;
  groupName: string | null;
  /** Masked (id-number.md I11): a roster is printed and passed around. */
  phone: string | null;
  probationary: boolean;
}

export interface Roster {
  branchName: string;
  date: string;
  members: RosterMember[];
}

/** The members (probationary and full) of one branch, by group, then by admission date. */
export async function loadRoster(
  db: Db,
  cipher: DataCipher,
  ctx: RequestContext,
  orgId: number,
): Promise<Roster> {
  const actor = requirePermission(ctx, 'person.read');
  return db.transaction(async (tx) => {
    const org = await requireOrg(tx, actor, 'person.read', orgId);
    if (!isBranchKind(org.kind as OrgKind)) {
      throw ruleViolated({
        rule: 'org-life.md L7',
        field: 'orgId',
        message: `花名册按党支部生成，“${org.name}”是${ORG_KIND_LABELS[org.kind as OrgKind]}，请选择党支部或联合党支部`,
      });
    }
    const rows = await tx
      .select({ person: persons, groupName: groups.name })
      .from(persons)
      .leftJoin(groups, eq(groups.id, persons.groupId))
      .where(and(eq(persons.orgId, orgId), inArray(persons.stage, [...MEMBER_STAGES])))
      .orderBy(
        sql`${groups.id} IS NULL`,
        asc(groups.code),
        asc(groups.name),
        sql`${persons.admissionDate} ASC NULLS LAST`,
        asc(persons.name),
      );
    return {
      branchName: org.name,
      date: chinaToday(),
      members: rows.map(({ person: p, groupName }) => {
        const phone = p.phoneEnc ? cipher.decrypt(p.phoneEnc) : null;
        return {
          name: p.name,
          sex: SEX_LABELS[p.sex as SexValue],
          ethnicity: ETHNICITY_LABELS[p.ethnicity] ?? p.ethnicity,
          birthDate: p.birthDate,
          education: EDUCATION_LABELS[p.education as Education],
          admissionDate: p.admissionDate,
          conversionDate: p.conversionDate,
          personKind: PERSON_KIND_LABELS[p.personKind as PersonKind],
          groupName,
          phone: phone === null ? null : maskPhone(phone),
          probationary: p.stage === 'probationary',
        };
      }),
    };
  });
}
