import { BRACKET_PERSON_KINDS, quoteDues, type DuesDeclarationView, type PersonKind } from '@jiceng/core';
import { desc, eq } from 'drizzle-orm';
import type { PersonRow } from '../../auth/person-access';
import type { Tx } from '../../db/connection';
import { duesDeclarations } from './schema';

type DeclarationRow = typeof duesDeclarations.$inferSelect;

export function declarationView(row: DeclarationRow, personKind: string): DuesDeclarationView {
  const bracket = (BRACKET_PERSON_KINDS as readonly string[]).includes(personKind);
  return {
    id: row.id,
    personId: row.personId,
    year: row.year,
    monthlyIncomeFen: row.monthlyIncomeFen,
    effectiveFromMonth: row.effectiveFromMonth,
    note: row.note,
    status: row.status as DuesDeclarationView['status'],
    amountFen: bracket
      ? quoteDues({ personKind: personKind as PersonKind, monthlyIncomeFen: row.monthlyIncomeFen }).amountFen
      : null,
    decisionReason: row.decisionReason,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A member's declarations of income, newest first. */
export async function declarationsOf(tx: Tx, person: PersonRow): Promise<DuesDeclarationView[]> {
  const rows = await tx
    .select()
    .from(duesDeclarations)
    .where(eq(duesDeclarations.personId, person.id))
    .orderBy(desc(duesDeclarations.id));
  return rows.map((r) => declarationView(r, person.personKind));
}
