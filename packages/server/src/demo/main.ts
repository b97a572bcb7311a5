import { ROLE_LABELS } from '@jiceng/core';
import { loadConfig } from '../config';
import { startServer } from '../server';
import { DEMO_PASSWORD, loadDemoCounty } from './demo-county';

// `npm run demo`: serves the platform like `npm start`, after loading the demo county once.
const config = loadConfig();
const server = await startServer(config);
if (server.adminPassword) {
  console.log(`首次启动，已创建管理员账号：admin / ${server.adminPassword}（只显示这一次）`);
}
let last = 0;
const result = await loadDemoCounty(server.database.db, (done, total) => {
  const percent = Math.min(99, Math.floor((done / total) * 100));
  if (percent >= last + 10) {
    last = percent;
    process.stdout.write(`正在生成示范县数据……${percent}%\n`);
  }
});
if (result.loaded) {
  console.log(`示范县已生成：${result.orgs} 个党组织。演示账号（密码均为 ${DEMO_PASSWORD}）：`);
  for (const a of result.accounts) {
    console.log(`  ${a.username.padEnd(10)} ${ROLE_LABELS[a.role]} · ${a.orgName} · ${a.displayName}`);
  }
} else {
  console.log('示范县数据已存在，未重复生成。');
}
console.log(`Jiceng 基层 已启动：${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
