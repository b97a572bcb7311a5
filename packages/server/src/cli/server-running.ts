import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CliError } from './support';

/** The pid in DATA_DIR/server.pid if that process is alive; a file left by a crashed server does not count. */
export function runningServerPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'server.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to another user, so it is still running.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/** PGlite's data directory belongs to one process: a second one opening it would corrupt it. */
export function assertServerStopped(dataDir: string): void {
  const pid = runningServerPid(dataDir);
  if (pid === null) return;
  throw new CliError(
    `服务正在运行（进程号 ${pid}，数据目录 ${dataDir}）。\n` +
      '嵌入式数据库的数据目录只能由一个进程打开，请先停止服务（在运行服务的终端按 Ctrl+C），再执行本命令。',
  );
}

/** Whether `pgdata` holds an initialized database, so a typo in DATA_DIR does not silently create an empty one. */
export function embeddedDatabaseExists(pgdata: string): boolean {
  return existsSync(path.join(pgdata, 'PG_VERSION'));
}
