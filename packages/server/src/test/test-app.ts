import { randomBytes } from 'node:crypto';
import { buildApp, type App } from '../app';
import { loadConfig, type Config } from '../config';
import type { Database } from '../db/connection';
import { DataCipher } from '../http/crypto';
import { ensureAdmin } from '../modules/users/service';
import { LogSmsSender, type SmsSender } from '../modules/notifications/sms';
import { createTestDatabase } from './test-db';
import { TestClient } from './test-client';

export const ADMIN_PASSWORD = 'Admin12345678';

export interface TestApp {
  app: App;
  database: Database;
  cipher: DataCipher;
  sms: SmsSender;
  baseUrl: string;
  config: Config;
  /** A client signed in as the built-in admin. */
  admin: TestClient;
  client(): TestClient;
  close(): Promise<void>;
}

/** The real server on a real database, listening on a free loopback port. */
export async function startTestApp(
  options: { config?: Partial<Config>; database?: Database; sms?: SmsSender } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const config: Config = {
    ...loadConfig({}),
    port: 0,
    host: '127.0.0.1',
    loginRatePerMinute: 10_000,
    // Errors only: a background job that fails in a test then says why in the test output.
    logLevel: process.env.JICENG_TEST_LOG ?? 'error',
    webDistDir: '/nonexistent-web-dist',
    ...options.config,
  };
  await ensureAdmin(database.db, ADMIN_PASSWORD);
  const cipher = new DataCipher(randomBytes(32));
  const sms = options.sms ?? new LogSmsSender();
  const app = await buildApp({ database, config, cipher, sms });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const admin = new TestClient(baseUrl);
  await admin.login('admin', ADMIN_PASSWORD);
  return {
    app,
    database,
    cipher,
    sms,
    baseUrl,
    config,
    admin,
    client: () => new TestClient(baseUrl),
    async close() {
      await app.close();
      if (!options.database) await database.close();
    },
  };
}
