import { formatLetterNumber, type IsoDate } from '@jiceng/core';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import { letterSequences } from './schema';

/** T2: the next serial number of the issuing org in the issue year; one statement, so never shared. */
export async function nextLetterNumber(tx: Tx, orgId: number, issuedOn: IsoDate): Promise<string> {
  const year = Number(issuedOn.slice(0, 4));
  const result = await tx.execute<{ last_seq: number }>(sql`
    INSERT INTO ${letterSequences} (org_id, year, last_seq) VALUES (${orgId}, ${year}, 1)
    ON CONFLICT (org_id, year) DO UPDATE SET last_seq = ${letterSequences.lastSeq} + 1
    RETURNING last_seq`);
  return formatLetterNumber(year, Number(result.rows[0]!.last_seq));
}
