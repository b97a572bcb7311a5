import { ensurePgliteTemplate, ensurePostgresTemplate } from './test-template';
import { TEST_PG_ADMIN_URL, testDatabaseKind } from './test-db';

/** Once per run of the server suite: the migrated template each test file's database is copied from. */
export default async function setup(): Promise<void> {
  if (testDatabaseKind() === 'pglite') await ensurePgliteTemplate();
  else await ensurePostgresTemplate(TEST_PG_ADMIN_URL);
}
