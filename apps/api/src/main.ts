import { openDatabase } from '@bokji/db';
import { loadRegistry } from '@bokji/registry';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { loadConfig, loadRrnVault } from './config.js';
import { seedIfEmpty } from './seed.js';

const log = (msg: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ level: 'info', time: new Date().toISOString(), msg, ...extra }));

const config = loadConfig();
const database = await openDatabase(
  config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
);
log('database ready', { kind: database.kind, location: database.location });
const registry = await loadRegistry();
log('program registry validated', { programs: registry.programs.size });
const vault = loadRrnVault(config);
const seeded = await seedIfEmpty({ database, vault, households: config.seedHouseholds, log });
if (seeded) log('seeded a synthetic population and demo users on first start', seeded);

const app = createApp({
  database,
  registry,
  vault,
  sessionTtlSeconds: config.sessionTtlSeconds,
  today: () => new Date().toISOString().slice(0, 10),
});
const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  log(`Bokji listening on http://localhost:${info.port} — API docs at /docs`, { port: info.port });
});

const shutdown = () => {
  log('shutting down');
  server.close(async () => {
    await database.close();
    process.exit(0);
  });
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
