import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';

export interface OrgContacts {
  userIds: number[];
  phones: string[];
}

/**
 * Who hears about an org's duties: the accounts assigned to the org itself, or else to its nearest ancestor
 * that has any (a branch without an account of its own is looked after by its committee's staff), and
 * the phone of the org's current secretary (org_posts) for the text message. With no account anywhere on
 * the way up (a fresh install), the administrators hear of it, so nothing due goes unheard.
 */
export async function orgContacts(
  tx: Tx,
  cipher: DataCipher,
  orgIds: readonly number[],
): Promise<Map<number, OrgContacts>> {
  const result = new Map<number, OrgContacts>();
  if (orgIds.length === 0) return result;
  const ids = sql.join(
    orgIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const accounts = await tx.execute<{ org_id: number; user_id: number }>(sql`
    SELECT o.id AS org_id, ur.user_id
      FROM orgs o
      JOIN LATERAL (
        SELECT a.id FROM orgs a
         WHERE o.path LIKE a.path || '%'
           AND EXISTS (SELECT 1 FROM user_roles r JOIN users u ON u.id = r.user_id
                        WHERE r.org_id = a.id AND r.role <> 'member' AND NOT u.disabled)
         ORDER BY a.depth DESC LIMIT 1
      ) nearest ON true
      JOIN user_roles ur ON ur.org_id = nearest.id AND ur.role <> 'member'
      JOIN users u ON u.id = ur.user_id AND NOT u.disabled
     WHERE o.id IN (${ids})`);
  const secretaries = await tx.execute<{ org_id: number; phone_enc: string | null }>(sql`
    SELECT op.org_id, p.phone_enc FROM org_posts op JOIN persons p ON p.id = op.person_id
     WHERE op.org_id IN (${ids}) AND op.post = 'secretary' AND op.ended_on IS NULL`);
  for (const id of orgIds) result.set(id, { userIds: [], phones: [] });
  for (const row of accounts.rows) result.get(Number(row.org_id))!.userIds.push(Number(row.user_id));
  if ([...result.values()].some((c) => c.userIds.length === 0)) {
    const admins = await tx.execute<{ user_id: number }>(sql`
      SELECT ur.user_id FROM user_roles ur JOIN users u ON u.id = ur.user_id
       WHERE ur.role = 'admin' AND NOT u.disabled`);
    for (const contacts of result.values()) {
      if (contacts.userIds.length === 0) contacts.userIds.push(...admins.rows.map((r) => Number(r.user_id)));
    }
  }
  for (const row of secretaries.rows) {
    if (row.phone_enc) result.get(Number(row.org_id))!.phones.push(cipher.decrypt(row.phone_enc));
  }
  return result;
}
