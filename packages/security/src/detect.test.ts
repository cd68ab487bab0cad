import { describe, expect, it } from 'vitest';
import { ruleIds } from './model.js';
import { detect } from './rules.js';
import { scoreDetection, syntheticMonth } from './synthetic.js';

describe('misuse detection over a synthetic month', () => {
  it('flags every seeded scenario of every rule, with false positives under 1% of caseworker-days', () => {
    const t0 = performance.now();
    const month = syntheticMonth(8);
    const t1 = performance.now();
    const alerts = detect(month.context, month.period);
    const t2 = performance.now();
    const score = scoreDetection(month, alerts);
    const lines = [
      `misuse month: ${month.context.events.length} access-log events, ${month.caseworkers.length} caseworkers × ${month.workingDays.length} working days = ${score.caseworkerDays} caseworker-days (generated in ${Math.round(t1 - t0)} ms, detected in ${Math.round(t2 - t1)} ms)`,
      ...ruleIds.map((r) => {
        const x = score.perRule[r] ?? { scenarios: 0, detected: 0 };
        return `  ${r.padEnd(20)} ${x.detected}/${x.scenarios} seeded scenarios flagged`;
      }),
      `recall ${score.detected}/${score.scenarios} = ${(score.recall * 100).toFixed(1)}%`,
      `alerts ${score.alerts}; on subjects and days without seeded misuse: ${score.falsePositiveAlerts} (${score.falsePositiveCaseworkerDays} caseworker-days = ${(score.falsePositiveRate * 100).toFixed(2)}% of ${score.caseworkerDays})`,
      ...Object.entries(
        score.falsePositives.reduce<Record<string, number>>((acc, f) => {
          acc[f.rule] = (acc[f.rule] ?? 0) + 1;
          return acc;
        }, {}),
      ).map(([rule, n]) => `  false positives of ${rule}: ${n}`),
      ...score.falsePositives
        .slice(0, 10)
        .map((f) => `  e.g. ${f.rule} ${f.day} ${f.subject.slice(0, 12)} ${f.summary}`),
      ...score.missed.map((m) => `  MISSED: ${m.rule} ${m.day} ${m.description}`),
    ];
    console.log(lines.join('\n'));
    for (const r of ruleIds) expect(score.perRule[r]?.scenarios ?? 0, r).toBeGreaterThanOrEqual(3);
    expect(score.missed).toEqual([]);
    expect(score.recall).toBe(1);
    expect(score.falsePositiveRate).toBeLessThan(0.01);
  });

  it('is deterministic and idempotent: the same month gives the same alert keys, each once', () => {
    const month = syntheticMonth(3);
    const a = detect(month.context, month.period).map((x) => x.key);
    expect(syntheticMonth(3).context.events.length).toBe(month.context.events.length);
    expect(detect(month.context, month.period).map((x) => x.key)).toEqual(a);
    expect(new Set(a).size).toBe(a.length);
  });
});
