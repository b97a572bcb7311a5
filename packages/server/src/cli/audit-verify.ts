// npm run audit:verify: re-hashes the whole audit chain. Exit 0 intact, 1 broken, 2 could not check.
import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '../audit/service';
import { loadConfig } from '../config';
import { embeddedDataDir, openConfiguredDatabase } from '../server';
import { assertServerStopped, embeddedDatabaseExists } from './server-running';
import { CliError, runCli } from './support';

// A monitoring script must tell "tampered" (1) from "could not look" (2).
const CANNOT_CHECK = 2;

await runCli(async () => {
  const config = loadConfig();
  if (!config.databaseUrl) {
    try {
      assertServerStopped(config.dataDir);
    } catch (error) {
      if (error instanceof CliError) throw new CliError(error.message, CANNOT_CHECK);
      throw error;
    }
    const pgdata = embeddedDataDir(config);
    if (!embeddedDatabaseExists(pgdata)) {
      throw new CliError(
        `没有找到嵌入式数据库：${pgdata}\n请检查 DATA_DIR 是否指向服务使用的数据目录。`,
        CANNOT_CHECK,
      );
    }
  }
  const database = await openConfiguredDatabase(config);
  try {
    const table = await database.db.execute<{ t: string | null }>(
      sql`SELECT to_regclass('public.audit_log')::text AS t`,
    );
    if (!table.rows[0]?.t)
      throw new CliError('数据库中没有审计日志表（尚未初始化？请先启动一次服务）。', CANNOT_CHECK);
    const report = await verifyAuditChain(database.db);
    if (report.firstBrokenId === null) {
      console.log(`审计链完整：已校验 ${report.checked} 条记录`);
      return 0;
    }
    console.log(`审计链已被破坏：第一条有问题的记录 id=${report.firstBrokenId}`);
    console.log(`原因：${report.reason ?? '未知'}`);
    console.log(`在它之前的 ${report.checked} 条记录校验无误。`);
    return 1;
  } finally {
    await database.close();
  }
}, CANNOT_CHECK);
