import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildApp, type App } from './app';
import type { Config } from './config';
import { openDatabase, type Database } from './db/connection';
import { migrateDatabase } from './db/migrate';
import { runningServerPid } from './cli/server-running';
import { scheduleEmbeddedMaintenance } from './db/maintenance';
import { DataCipher, loadDataKey } from './http/crypto';
import { generatePassword } from './auth/passwords';
import { ensureAdmin } from './modules/users/service';
import { deliverOutbox } from './modules/notifications/service';
import { remindEverywhere } from './modules/development/reminders';
import { remindComplianceEverywhere } from './modules/compliance/reminders';
import { runDuesMonthly } from './modules/dues/monthly-job';
import { runPointsHourly } from './modules/points/hourly-job';
import { runServiceRequestEscalation } from './modules/service-requests/escalation-job';
import { HttpSmsGateway, LogSmsSender, type SmsSender } from './modules/notifications/sms';

export interface RunningServer {
  app: App;
  database: Database;
  url: string;
  adminPassword: string | null;
  stop(): Promise<void>;
}

/** The embedded database's own directory inside DATA_DIR. */
export function embeddedDataDir(config: Config): string {
  return path.join(config.dataDir, 'pgdata');
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  return openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? null : embeddedDataDir(config),
  });
}

export function createSmsSender(config: Config): SmsSender {
  return config.smsGatewayUrl
    ? new HttpSmsGateway(config.smsGatewayUrl, config.smsGatewayToken)
    : new LogSmsSender((line) => console.log(line));
}

/** Opens and migrates the database, creates the admin on first start, and serves the app. */
export async function startServer(config: Config): Promise<RunningServer> {
  const pidFile = config.databaseUrl ? null : path.join(config.dataDir, 'server.pid');
  if (pidFile) {
    // The embedded database's directory belongs to one process; a second would corrupt it.
    const running = runningServerPid(config.dataDir);
    if (running !== null) {
      throw new Error(`数据目录 ${config.dataDir} 已被另一个服务进程（${running}）使用，请先停止它`);
    }
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(pidFile, String(process.pid));
  }
  const database = await openConfiguredDatabase(config).catch((error: unknown) => {
    if (pidFile) rmSync(pidFile, { force: true });
    throw error;
  });
  try {
    await migrateDatabase(database);
    const generated = config.adminPassword ? null : generatePassword();
    const created = await ensureAdmin(database.db, config.adminPassword ?? generated!);
    const cipher = new DataCipher(loadDataKey(config.dataKey, config.dataDir));
    const sms = createSmsSender(config);
    const app = await buildApp({ database, config, cipher, sms });
    await app.listen({ port: config.port, host: config.host });
    const timer = setInterval(() => {
      deliverOutbox(database.db, cipher, sms).catch((error) => app.log.error(error));
    }, 15_000);
    timer.unref();
    // Hourly, so a restart never skips a day; the reminder log sends each development duty at most once a
    // week, each compliance period once, and generates each month's dues ledger and arrears reminders once.
    const remind = () => {
      remindEverywhere(database.db, cipher).catch((error) => app.log.error(error));
      remindComplianceEverywhere(database.db, cipher).catch((error) => app.log.error(error));
      runDuesMonthly(database.db, cipher).catch((error) => app.log.error(error));
      runPointsHourly(database.db).catch((error) => app.log.error(error));
    };
    const reminders = setInterval(remind, 3_600_000);
    reminders.unref();
    const firstReminders = setTimeout(remind, 60_000);
    firstReminders.unref();
    // Deadlines run in minutes (an urgent request: on site within the hour), so overdue requests are
    // escalated every five minutes; each level once, so a run that finds nothing new writes nothing.
    const escalation = setInterval(() => {
      runServiceRequestEscalation(database.db, cipher, new Date()).catch((error) => app.log.error(error));
    }, 300_000);
    escalation.unref();
    const stopMaintenance = scheduleEmbeddedMaintenance(database, (error) => app.log.error(error));
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      app,
      database,
      url: `http://localhost:${port}`,
      adminPassword: created ? (generated ?? null) : null,
      async stop() {
        clearInterval(timer);
        clearInterval(reminders);
        clearTimeout(firstReminders);
        clearInterval(escalation);
        stopMaintenance();
        await app.close();
        await database.close();
        if (pidFile) rmSync(pidFile, { force: true });
      },
    };
  } catch (error) {
    await database.close();
    if (pidFile) rmSync(pidFile, { force: true });
    throw error;
  }
}
