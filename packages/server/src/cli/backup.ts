// npm run backup -- FILE: writes the embedded database to one gzip tarball while the server is stopped.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connection';
import { embeddedDataDir } from '../server';
import { assertServerStopped, embeddedDatabaseExists } from './server-running';
import { CliError, externalDatabaseError, formatBytes, runCli, userPath } from './support';
import { formatTableCounts, tableCounts } from './table-counts';

await runCli(async () => {
  const arg = process.argv[2];
  if (!arg)
    throw new CliError('用法：npm run backup -- <备份文件>，例如 npm run backup -- jiceng-20250101.tar.gz');
  const config = loadConfig();
  if (config.databaseUrl) throw externalDatabaseError('backup');
  assertServerStopped(config.dataDir);
  const pgdata = embeddedDataDir(config);
  if (!embeddedDatabaseExists(pgdata)) {
    throw new CliError(`没有找到嵌入式数据库：${pgdata}\n请检查 DATA_DIR 是否指向服务使用的数据目录。`);
  }
  const file = userPath(arg);
  // An old backup may be the only good copy left; replacing it must be the user's explicit choice.
  if (existsSync(file)) throw new CliError(`文件已存在：${file}\n请换一个文件名，或先自行移走旧文件。`);

  const database = await openDatabase({ dataDir: pgdata });
  try {
    const counts = await tableCounts(database.pool);
    const bytes = await database.embedded!.dump();
    // Written beside the target and renamed, so an interrupted backup never looks like a complete one.
    const partial = `${file}.partial`;
    try {
      writeFileSync(partial, bytes);
      renameSync(partial, file);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    console.log(`备份完成：${file}（${formatBytes(bytes.byteLength)}）`);
    console.log('各表行数：');
    console.log(formatTableCounts(counts));
    const keyFile = path.join(config.dataDir, 'data.key');
    if (!config.dataKey && existsSync(keyFile)) {
      console.log('');
      console.log(`注意：个人信息的加密密钥 ${keyFile} 不在备份文件中。`);
      console.log('恢复到另一台机器时须把它一并复制到那里的数据目录，否则加密的个人信息无法解密；');
      console.log('请把密钥与备份文件分开妥善保管。');
    }
    return 0;
  } finally {
    await database.close();
  }
});
