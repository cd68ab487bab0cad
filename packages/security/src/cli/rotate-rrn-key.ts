/**
 * `npm run rotate-rrn-key [-- --key-file <path>] [--rotate-hash-key] [--resume] [--retire] [--out <path>]`
 *
 * Rotates the key that encrypts resident registration numbers: a new key id becomes current (the
 * old key stays in `previous` so nothing becomes unreadable), the key file is rewritten first
 * (atomically, mode 0600, the old file kept as `<file>.<old key id>.bak`), then every stored RRN
 * is re-encrypted under the new key in batches. Interrupted? Run again with `--resume` (re-encrypts
 * whatever is not under the current key). `--retire` drops old keys once no ciphertext uses them.
 * `--rotate-hash-key` also replaces the look-up hash key (stop the API first: look-ups by RRN
 * miss rows not yet re-hashed). With `BOKJI_RRN_KEYS` instead of a key file, `--out` names where
 * to write the new key set, which the operator then puts into the secret store.
 * The run logs itself in the access log (key ids and counts, never keys).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  nextRrnKeys,
  parseRrnKeys,
  type RrnKeyFile,
  type RrnKeys,
  RrnVault,
  reencryptRrns,
  rrnKeyUsage,
  serializeRrnKeys,
} from '@bokji/db';
import { logJob } from '../store.js';
import { arg, dataDir, flag, openFromEnv } from './common.js';

function writeKeys(path: string, keys: RrnKeys) {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(serializeRrnKeys(keys), null, 2), { mode: 0o600 });
  renameSync(tmp, path);
}

export async function main(): Promise<number> {
  const fromEnv = process.env.BOKJI_RRN_KEYS || undefined;
  const keyFile = arg('key-file') ?? join(dataDir(), 'keys', 'rrn-keys.json');
  const out = arg('out');
  if (fromEnv && !out)
    throw new Error('keys come from BOKJI_RRN_KEYS: give --out <path> for the new key set');
  if (!fromEnv && !existsSync(keyFile)) throw new Error(`no key file at ${keyFile}`);
  const current = parseRrnKeys(JSON.parse(fromEnv ?? readFileSync(keyFile, 'utf8')) as RrnKeyFile);
  const database = await openFromEnv();
  try {
    const before = await rrnKeyUsage(database.db);
    let keys = current;
    if (!flag('resume') && !flag('retire')) {
      keys = nextRrnKeys(current, { rotateHashKey: flag('rotate-hash-key') });
      if (fromEnv) writeKeys(out!, keys);
      else {
        writeFileSync(`${keyFile}.${current.keyId}.bak`, readFileSync(keyFile), { mode: 0o600 });
        writeKeys(keyFile, keys);
      }
    }
    const vault = new RrnVault(keys);
    const { reencrypted } = flag('retire')
      ? { reencrypted: 0 }
      : await reencryptRrns(database.db, vault, { rehash: flag('rotate-hash-key') });
    const after = await rrnKeyUsage(database.db);
    if (flag('retire')) {
      const stale = Object.keys(after).filter((id) => id !== keys.keyId);
      if (stale.length)
        throw new Error(`cannot retire: ciphertexts still use ${stale.join(', ')} (run --resume)`);
      keys = { ...keys, previous: {} };
      if (fromEnv) writeKeys(out!, keys);
      else writeKeys(keyFile, keys);
    }
    await logJob(
      database.db,
      'security.rrn_key_rotation',
      `key ${current.keyId} → ${keys.keyId}: ${reencrypted} re-encrypted; usage ${JSON.stringify(after)}`,
      'rotate-rrn-key',
    );
    console.log(
      JSON.stringify({
        keyId: keys.keyId,
        previousKeyIds: Object.keys(keys.previous ?? {}),
        before,
        reencrypted,
        after,
      }),
    );
    return 0;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().then(
    (code) => process.exit(code),
    (err: Error) => {
      console.error(`rotate-rrn-key: ${err.message}`);
      process.exit(2);
    },
  );
}
