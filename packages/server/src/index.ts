export { buildApp, type App, type AppDeps } from './app';
export { loadConfig, type Config } from './config';
export { openDatabase, type Database } from './db/connection';
export { migrateDatabase } from './db/migrate';
export { startServer, openConfiguredDatabase } from './server';
