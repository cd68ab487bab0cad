import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RrnKeys, RrnVault } from '@bokji/db';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Config {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  seedHouseholds: number;
  sessionTtlSeconds: number;
}

/** Configuration from the environment; every value has a sensible default (see docs/operations.md). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    dataDir: resolve(env.BOKJI_DATA_DIR ?? join(repoRoot, '.data')),
    databaseUrl: env.DATABASE_URL || undefined,
    seedHouseholds: Number(env.BOKJI_SEED_HOUSEHOLDS ?? 300),
    sessionTtlSeconds: Number(env.BOKJI_SESSION_TTL_SECONDS ?? 8 * 3600),
  };
}

interface KeyFile {
  keyId: string;
  encryptionKey: string;
  hashKey: string;
}

/**
 * RRN keys live outside the database: `BOKJI_RRN_KEYS` (JSON: keyId, encryptionKey, hashKey in
 * base64) or a key file created on first start in the data folder with mode 0600.
 */
export function loadRrnVault(config: Config, env: NodeJS.ProcessEnv = process.env): RrnVault {
  let file: KeyFile;
  if (env.BOKJI_RRN_KEYS) {
    file = JSON.parse(env.BOKJI_RRN_KEYS) as KeyFile;
  } else {
    const path = join(config.dataDir, 'keys', 'rrn-keys.json');
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      const k = RrnVault.generateKeys();
      writeFileSync(
        path,
        JSON.stringify({
          keyId: k.keyId,
          encryptionKey: k.encryptionKey.toString('base64'),
          hashKey: k.hashKey.toString('base64'),
        }),
        { mode: 0o600 },
      );
      chmodSync(path, 0o600);
    }
    file = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  }
  const keys: RrnKeys = {
    keyId: file.keyId,
    encryptionKey: Buffer.from(file.encryptionKey, 'base64'),
    hashKey: Buffer.from(file.hashKey, 'base64'),
  };
  return new RrnVault(keys);
}
