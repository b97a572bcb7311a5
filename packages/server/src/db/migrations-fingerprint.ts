import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * A short hash of the checked-in migrations; it changes whenever one is added or edited. Test set-ups key
 * their migrated templates by it, so a stale template is never used.
 */
export function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')),
    path.join('meta', '_journal.json'),
  ].sort();
  for (const file of files) hash.update(file).update(readFileSync(path.join(MIGRATIONS_DIR, file)));
  return hash.digest('hex').slice(0, 12);
}
