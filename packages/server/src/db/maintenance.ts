import type { Database } from './connection';

const SIX_HOURS = 6 * 60 * 60 * 1000;

/**
 * PGlite runs no autovacuum: dead rows pile up and the planner's statistics go stale. The embedded
 * server vacuums and analyzes at start and every six hours; a PostgreSQL server does this itself.
 */
export function scheduleEmbeddedMaintenance(
  database: Database,
  onError: (error: unknown) => void,
): () => void {
  if (database.kind !== 'pglite') return () => undefined;
  const run = () => database.pool.query('VACUUM (ANALYZE)').catch(onError);
  void run();
  const timer = setInterval(run, SIX_HOURS);
  timer.unref();
  return () => clearInterval(timer);
}
