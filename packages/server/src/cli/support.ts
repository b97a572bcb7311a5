import path from 'node:path';

/** A failure the user can act on: printed as is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Runs a command's body and turns its outcome into an exit code, letting stdout drain instead of process.exit(). */
export async function runCli(main: () => Promise<number>, unexpectedExitCode = 1): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof CliError) {
      console.error(error.message);
      process.exitCode = error.exitCode;
    } else {
      console.error(`出错：${describeError(error)}`);
      if (process.env.DEBUG) console.error(error);
      process.exitCode = unexpectedExitCode;
    }
  }
}

/** The message and its causes on one line each; drizzle wraps the database's own words in `cause`. */
function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && parts.length < 5) {
    parts.push(current.message);
    current = current.cause;
  }
  if (parts.length === 0) parts.push(String(error));
  return parts.join('\n  原因：');
}

/** A path typed on the command line; `npm run` changes into the project root, INIT_CWD is where the user was. */
export function userPath(arg: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Local time as `20250101-093000`, sortable and safe in a file name. */
export function fileTimestamp(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}

/** These commands copy the embedded database's files; an external PostgreSQL has its own tools for that. */
export function externalDatabaseError(command: 'backup' | 'restore'): CliError {
  const lines =
    command === 'backup'
      ? [
          '已设置 DATABASE_URL：数据在外部 PostgreSQL 中，本命令只备份嵌入式数据库。',
          '请用 PostgreSQL 自带的工具备份，例如：',
          '  pg_dump --format=custom --file=jiceng-备份.dump "$DATABASE_URL"',
        ]
      : [
          '已设置 DATABASE_URL：数据在外部 PostgreSQL 中，本命令只恢复嵌入式数据库。',
          '请先停止服务，再用 PostgreSQL 自带的工具恢复，例如：',
          '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" jiceng-备份.dump',
        ];
  return new CliError(lines.join('\n'));
}
