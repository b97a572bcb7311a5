import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps, ZodApp } from '../../app';
import { orgImportHandler } from '../orgs/excel/import-handler';
import { orgExcelRoutes } from '../orgs/excel/routes';
import { personImportHandler } from '../persons/excel/import-handler';
import { personExcelRoutes } from '../persons/excel/routes';
import { importJobRoutes } from './job-routes';
import { ImportJobs } from './job-runner';
import { MAX_UPLOAD_BYTES } from './upload';

/**
 * Excel import and export. Multipart parsing is registered only in this scope: every other route keeps
 * accepting JSON alone.
 */
export async function importRoutes(app: ZodApp, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    const zodScope = scope.withTypeProvider<ZodTypeProvider>();
    await zodScope.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
    const jobs = new ImportJobs(
      { db: deps.database.db, cipher: deps.cipher },
      { persons: personImportHandler, orgs: orgImportHandler },
      scope.log,
    );
    // Running validations and commits finish before the database closes under them.
    scope.addHook('onClose', async () => jobs.registry.drain());
    await importJobRoutes(zodScope, jobs);
    await personExcelRoutes(zodScope, deps, jobs);
    await orgExcelRoutes(zodScope, deps, jobs);
  });
}
