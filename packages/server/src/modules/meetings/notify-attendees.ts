import { inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connection';
import type { DataCipher } from '../../http/crypto';
import { notify } from '../notifications/service';
import { persons } from '../persons/schema';

/** Tells the people of a meeting: the inbox for those with an account, a text for those with a phone. */
export async function notifyPersons(
  tx: Tx,
  cipher: DataCipher,
  personIds: readonly number[],
  message: { title: string; body: string },
): Promise<void> {
  if (personIds.length === 0) return;
  const rows = await tx
    .select({ userId: persons.userId, phoneEnc: persons.phoneEnc })
    .from(persons)
    .where(inArray(persons.id, [...personIds]));
  await notify(tx, cipher, {
    userIds: rows.flatMap((r) => (r.userId === null ? [] : [r.userId])),
    smsPhones: rows.flatMap((r) => (r.phoneEnc ? [cipher.decrypt(r.phoneEnc)] : [])),
    ...message,
  });
}
