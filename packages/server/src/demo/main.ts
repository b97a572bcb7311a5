import { ROLE_LABELS } from '@jiceng/core';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { loadConfig } from '../config';
import { DataCipher, loadDataKey } from '../http/crypto';
import { embeddedDataDir, startServer } from '../server';
import { DEMO_PASSWORD, demoCountyExists, loadDemoCounty } from './demo-county';

// `npm run demo [-- --reset]`: loads the demo county into the configured database once, then serves.
const config = loadConfig();
const reset = process.argv.includes('--reset');

if (reset) {
  if (config.databaseUrl) {
    const client = new pg.Client({ connectionString: config.databaseUrl });
    await client.connect();
    await client.query(
      'DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;',
    );
    await client.end();
  } else {
    rmSync(embeddedDataDir(config), { recursive: true, force: true });
  }
  console.log('已清空数据库（--reset），将重新生成示范县。');
}

const server = await startServer(config).catch((error: unknown) => {
  console.error(`无法启动：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
if (server.adminPassword) {
  console.log(`首次启动，已创建管理员账号：admin / ${server.adminPassword}（只显示这一次）`);
}
if (await demoCountyExists(server.database.db)) {
  console.error(
    '示范县数据已存在，不重复生成。用 npm start 启动；如需重新生成（会清空数据库）：npm run demo -- --reset',
  );
  await server.stop();
  process.exit(1);
}
const cipher = new DataCipher(loadDataKey(config.dataKey, config.dataDir));
let lastShown = '';
const result = await loadDemoCounty(server.database.db, cipher, (phase, done, total) => {
  const label = {
    orgs: '正在建立党组织',
    people: '正在生成党员档案',
    meetings: '正在生成组织生活记录',
    records: '正在生成党费、表彰、为民服务、积分和考核记录',
  }[phase];
  const line = `${label}……${Math.min(100, Math.floor((done / total) * 100))}%`;
  if (line !== lastShown) {
    lastShown = line;
    process.stdout.write(`${line}\n`);
  }
});
const life = result.orgLife
  ? `，${result.orgLife.meetings} 次会议（${result.orgLife.attendees} 条出席记录）`
  : '';
const dues = result.dues ? `，党费台账 ${result.dues.dueRows} 条、交纳记录 ${result.dues.payments} 条` : '';
const serviceRows = Object.values(result.service ?? {}).reduce((a, b) => a + b, 0);
const service = serviceRows ? `，为民服务记录 ${serviceRows} 条` : '';
console.log(
  `示范县已生成：${result.orgs} 个党组织，${result.people} 名人员${life}${dues}${service}。演示账号（密码均为 ${DEMO_PASSWORD}）：`,
);
for (const a of result.accounts) {
  console.log(`  登录名 ${a.login.padEnd(12)} ${ROLE_LABELS[a.role]} · ${a.orgName} · ${a.displayName}`);
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
