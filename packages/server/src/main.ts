import { loadConfig } from './config';
import { startServer } from './server';

const config = loadConfig();
const server = await startServer(config).catch((error: unknown) => {
  console.error(`无法启动：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const where = config.databaseUrl ? 'PostgreSQL（DATABASE_URL）' : `嵌入式数据库 ${config.dataDir}`;
console.log(`Jiceng 基层 已启动：${server.url}  （数据库：${where}）`);
if (server.adminPassword) {
  console.log('');
  console.log('首次启动，已创建管理员账号（密码只显示这一次，请妥善保存）：');
  console.log(`  用户名：admin`);
  console.log(`  密  码：${server.adminPassword}`);
  console.log('');
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
