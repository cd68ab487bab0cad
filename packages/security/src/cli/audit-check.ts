/**
 * `npm run audit-check`: `npm audit --omit=dev` must show no high or critical advisory. When the
 * registry's advisory service cannot be reached (some mirrors do not offer it), that is said
 * plainly and the check is recorded as not run, rather than passed.
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: {
  error?: { summary?: string };
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { prod?: number } };
};
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = { error: { summary: 'unreadable output' } };
}
if (report.error || !report.metadata) {
  console.log(
    `audit-check: NOT RUN — the advisory service did not answer (${(report.error?.summary || report.message || (run.stderr || '').split('\n')[0] || '').slice(0, 120)})`,
  );
  process.exit(process.env.BOKJI_AUDIT_REQUIRED ? 1 : 0);
}
const v = report.metadata.vulnerabilities ?? {};
const serious = (v.high ?? 0) + (v.critical ?? 0);
console.log(
  `audit-check: production dependencies ${report.metadata.dependencies?.prod ?? '?'}; advisories critical ${v.critical ?? 0}, high ${v.high ?? 0}, moderate ${v.moderate ?? 0}, low ${v.low ?? 0}`,
);
process.exit(serious ? 1 : 0);
