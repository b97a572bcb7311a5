import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a CLI file of this folder the way `npm run` does, in its own process like a user would. */
export function runCliFile(file: string, args: string[], env: Record<string, string>): Promise<CliResult> {
  const script = fileURLToPath(new URL(`./${file}`, import.meta.url));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      // DATABASE_URL cleared so a developer's shell setting cannot point the test at a real server.
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', INIT_CWD: ROOT, ...env }, timeout: 45_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(error);
          return;
        }
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}
