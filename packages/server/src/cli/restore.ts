// npm run restore -- FILE: replaces the embedded database with a backup, keeping the current one aside.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connection';
import { migrateDatabase } from '../db/migrate';
import { embeddedDataDir } from '../server';
import { assertServerStopped } from './server-running';
import { CliError, externalDatabaseError, fileTimestamp, formatBytes, runCli, userPath } from './support';
import { formatTableCounts, tableCounts } from './table-counts';

await runCli(async () => {
  const arg = process.argv[2];
  if (!arg) throw new CliError('用法：npm run restore -- <备份文件>');
  const config = loadConfig();
  if (config.databaseUrl) throw externalDatabaseError('restore');
  assertServerStopped(config.dataDir);
  const file = userPath(arg);
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`备份文件不存在：${file}`);

  const pgdata = embeddedDataDir(config);
  const stamp = fileTimestamp();
  const staging = `${pgdata}.restoring-${stamp}`;
  const aside = `${pgdata}.before-restore-${stamp}`;
  if (existsSync(staging) || existsSync(aside)) throw new CliError('刚刚已执行过一次恢复，请稍等一秒再试。');

  mkdirSync(config.dataDir, { recursive: true });
  // Unpacked beside the live directory first: a damaged backup then fails here and the current data stays put.
  console.log(`正在读取备份：${file}（${formatBytes(statSync(file).size)}）`);
  try {
    const pg = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([readFileSync(file)]) });
    await pg.query('SELECT 1');
    await pg.close();
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`无法从该文件恢复（不是有效的备份，或已损坏）：${reason}\n现有数据未作任何改动。`);
  }

  // Never deleted: the data being replaced may be the newer copy, and only the user can decide it is not needed.
  const hadData = existsSync(pgdata);
  if (hadData) renameSync(pgdata, aside);
  renameSync(staging, pgdata);

  const failedAfterSwap = (error: unknown): CliError => {
    const reason = error instanceof Error ? error.message : String(error);
    const kept = hadData ? `\n原有数据保留在 ${aside}，可移走 ${pgdata} 后把它改回原名。` : '';
    return new CliError(`恢复后的数据库无法使用：${reason}${kept}`);
  };
  const database = await openDatabase({ dataDir: pgdata }).catch((error: unknown) => {
    throw failedAfterSwap(error);
  });
  try {
    // A backup from an older release is brought up to this release's schema, as the server would on start.
    const counts = await migrateDatabase(database)
      .then(() => tableCounts(database.pool))
      .catch((error: unknown) => {
        throw failedAfterSwap(error);
      });
    console.log(`恢复完成：数据目录 ${pgdata}`);
    if (hadData) console.log(`原有数据已保留在：${aside}（确认无误后可自行删除）`);
    console.log('各表行数：');
    console.log(formatTableCounts(counts));
    if (!config.dataKey && !existsSync(path.join(config.dataDir, 'data.key'))) {
      console.log('');
      console.log(`注意：数据目录中没有个人信息的加密密钥 data.key。`);
      console.log(
        '若备份来自另一台机器，请在启动服务前把那里的 data.key 复制到本数据目录，否则加密的个人信息无法解密。',
      );
    }
    return 0;
  } finally {
    await database.close();
  }
});
