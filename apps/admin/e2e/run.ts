import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runJourneys, screenshotDir } from './harness';
import { journeys, type World } from './journeys';
import { startApi } from './server';
import { makeFixture } from './setup';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist/index.html');

/**
 * The browser journeys: starts the real API (serving the built app) on a free port with a fresh
 * data folder, makes test data through the API, drives Debian's Chromium through the journeys,
 * saves screenshots, and stops the server. Prints "N passed, N failed".
 */
async function main() {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)`);
  if (!existsSync(dist)) throw new Error('build the app first (npm run build -w @bokji/admin)');
  console.log(
    `admin build from ${new Date(statSync(dist).mtimeMs).toISOString()}; screenshots in ${screenshotDir}`,
  );
  const api = await startApi();
  console.log(`API at ${api.baseUrl}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  let failed = 1;
  try {
    const fixture = await makeFixture(api.baseUrl);
    const world: World = { browser, baseUrl: api.baseUrl, fixture };
    const results = await runJourneys(journeys(world));
    failed = results.filter((r) => !r.ok).length;
    console.log(`\n${results.length - failed} passed, ${failed} failed`);
  } finally {
    await browser.close();
    await api.stop();
    if (failed) console.log(`API log (tail):\n${api.log().split('\n').slice(-15).join('\n')}`);
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
