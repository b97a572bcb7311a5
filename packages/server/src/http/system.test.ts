import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../db/migrate';
import { startTestApp, type TestApp } from '../test/test-app';
import { testDatabaseKind } from '../test/test-db';
import { errorOf } from '../test/test-client';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the system routes', () => {
  it('report health and which database serves', async () => {
    const response = await t.client().get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: testDatabaseKind() });
  });

  it('publish an OpenAPI 3 document of the routes', async () => {
    const response = await t
      .client()
      .get<{ openapi: string; paths: Record<string, unknown> }>('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/orgs', '/api/auth/login', '/api/users/{id}']),
    );
  });

  it('serve Swagger UI at /api/docs', async () => {
    const response = await t.client().get('/api/docs/');
    expect(response.status).toBe(200);
    expect(String(response.body)).toContain('swagger');
  });

  it('answer unknown API paths with a Chinese 404', async () => {
    const response = await t.admin.get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('not_found');
  });
});

describe('migrations', () => {
  it('can be applied again without changing anything', async () => {
    const count = async () =>
      Number(
        (
          await t.database.db.execute<{ n: number }>(
            sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
          )
        ).rows[0]!.n,
      );
    const before = await count();
    await migrateDatabase(t.database);
    await migrateDatabase(t.database);
    expect(await count()).toBe(before);
  });
});
