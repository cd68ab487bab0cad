import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const screenshotDir = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

export const viewport = { width: 1366, height: 768 };

/** A fresh browser context at 1366×768 in Korean, recording console errors and page errors. */
export class Session {
  readonly errors: string[] = [];
  /** Network errors the journey expects (e.g. the 409 of a blocked guarantee): matched and removed once each. */
  private readonly expected: RegExp[] = [];
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  static async open(browser: Browser, baseUrl: string): Promise<Session> {
    const context = await browser.newContext({ viewport, locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const s = new Session(context, page, baseUrl);
    page.on('console', (m) => {
      if (m.type() === 'error') s.errors.push(m.text());
    });
    page.on('pageerror', (e) => s.errors.push(`pageerror: ${e.message}`));
    return s;
  }

  expectNetworkError(status: number) {
    this.expected.push(new RegExp(`status of ${status}\\b`));
  }

  /** Fails when the page logged an error the journey did not expect. */
  assertNoConsoleErrors() {
    const unexpected = this.errors.filter((e) => {
      const i = this.expected.findIndex((re) => re.test(e));
      if (i === -1) return true;
      this.expected.splice(i, 1);
      return false;
    });
    this.errors.length = 0;
    if (unexpected.length) throw new Error(`console errors:\n${unexpected.join('\n')}`);
  }

  async shot(name: string) {
    await this.page.waitForLoadState('networkidle').catch(() => undefined);
    await this.page.waitForTimeout(350); // let Mantine's transitions (accordion, modal) finish
    await this.page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
  }

  async close() {
    await this.context.close();
  }
}

/**
 * Every visible control has an accessible name (label, aria-label, aria-labelledby, title or
 * text). Returns the unnamed ones, described.
 */
export async function unlabelledControls(page: Page): Promise<string[]> {
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  return page.evaluate(`(() => {
    const named = (el) => {
      const aria = el.getAttribute('aria-label');
      if (aria && aria.trim()) return true;
      const by = el.getAttribute('aria-labelledby');
      if (by && by.split(/\\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) return true;
      for (const l of el.labels ?? []) if (l.textContent?.trim()) return true;
      if (el.getAttribute('title')?.trim()) return true;
      if (el.tagName === 'BUTTON' || el.tagName === 'A') return Boolean(el.textContent?.trim());
      return false;
    };
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const controls = document.querySelectorAll(
      'input:not([type=hidden]), select, textarea, button, a[href], [role=combobox], [role=checkbox], [role=radio], [role=switch]',
    );
    return [...controls]
      .filter((el) => visible(el) && !named(el) && el.getAttribute('aria-hidden') !== 'true')
      .map((el) => '<' + el.tagName.toLowerCase() + ' ' + (el.getAttribute('type') ?? '') + ' class="' + el.className + '">');
  })()`);
}

export interface Result {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
}

/** Runs journeys one after another; a failing journey is reported with a screenshot and the rest still run. */
export async function runJourneys(
  journeys: { name: string; run: () => Promise<void>; onFail?: (name: string) => Promise<void> }[],
): Promise<Result[]> {
  const results: Result[] = [];
  for (const j of journeys) {
    const start = Date.now();
    try {
      await j.run();
      results.push({ name: j.name, ok: true, ms: Date.now() - start });
      console.log(`  ✓ ${j.name} (${Date.now() - start} ms)`);
    } catch (e) {
      const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
      results.push({ name: j.name, ok: false, ms: Date.now() - start, error });
      console.log(
        `  ✗ ${j.name}\n${error
          .split('\n')
          .map((l) => `      ${l}`)
          .join('\n')}`,
      );
      await j.onFail?.(j.name).catch(() => undefined);
    }
  }
  return results;
}
