import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  /** Base64 of 32 bytes; when absent a key file is generated in the data directory. */
  dataKey: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginRatePerMinute: number;
  /** Public service requests one client address may file per ten minutes (spam floods are refused). */
  publicRequestsPer10Minutes: number;
  cookieSecure: boolean;
  smsGatewayUrl: string | undefined;
  smsGatewayToken: string | undefined;
  webDistDir: string;
  logLevel: string;
}

function intFrom(value: string | undefined, fallback: number): number {
  const n = value === undefined || value === '' ? NaN : Number(value);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFrom(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    adminPassword: env.JICENG_ADMIN_PASSWORD || undefined,
    dataKey: env.JICENG_DATA_KEY || undefined,
    sessionIdleMinutes: intFrom(env.JICENG_SESSION_IDLE_MINUTES, 120),
    sessionMaxHours: intFrom(env.JICENG_SESSION_MAX_HOURS, 12),
    loginRatePerMinute: intFrom(env.JICENG_LOGIN_RATE_PER_MINUTE, 30),
    publicRequestsPer10Minutes: intFrom(env.JICENG_PUBLIC_REQUESTS_PER_10_MINUTES, 5),
    cookieSecure: env.JICENG_COOKIE_SECURE === '1' || env.JICENG_COOKIE_SECURE === 'true',
    smsGatewayUrl: env.JICENG_SMS_GATEWAY_URL || undefined,
    smsGatewayToken: env.JICENG_SMS_GATEWAY_TOKEN || undefined,
    webDistDir: path.resolve(env.JICENG_WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    logLevel: env.LOG_LEVEL ?? 'warn',
  };
}
