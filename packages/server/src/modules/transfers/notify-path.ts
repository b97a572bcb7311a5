import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { orgContacts } from '../notifications/org-contacts';
import { notify } from '../notifications/service';

/** Tells the accounts of the orgs (and the member's own account, when given) about a transfer. */
export async function notifyTransfer(
  tx: Tx,
  cipher: DataCipher,
  input: { orgIds: number[]; personId?: number; title: string; body: string },
): Promise<void> {
  const contacts = await orgContacts(tx, cipher, input.orgIds);
  const userIds = [...contacts.values()].flatMap((c) => c.userIds);
  if (input.personId) {
    const own = await tx.execute<{ user_id: number | null }>(
      sql`SELECT user_id FROM persons WHERE id = ${input.personId}`,
    );
    const userId = own.rows[0]?.user_id;
    if (userId) userIds.push(Number(userId));
  }
  await notify(tx, cipher, { userIds, title: input.title, body: input.body });
}
