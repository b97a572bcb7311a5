// `npm start` (and `npm run demo`): builds the web app if it is not built yet, then runs the server;
// migrations apply at start. With `demo`, the server also loads the demo county once.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!existsSync(`${root}packages/web/dist/index.html`)) {
  console.log('首次启动：正在构建网页端……');
  const build = spawnSync(npm, ['run', 'build', '-w', '@jiceng/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const entry = process.argv[2] === 'demo' ? 'packages/server/src/demo/main.ts' : 'packages/server/src/main.ts';
const server = spawn(process.execPath, ['--import', 'tsx', entry], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
