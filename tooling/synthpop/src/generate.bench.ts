import { bench, describe } from 'vitest';
import { generatePopulation } from './generate.js';

/** `npm run bench`: time to stream 100,000 households (consumed one at a time, nothing kept). */
describe('generatePopulation', () => {
  bench(
    '100,000 households',
    () => {
      let records = 0;
      for (const h of generatePopulation({
        seed: 'bench',
        households: 100_000,
        referenceDate: '2026-03-15',
      })) {
        records += h.records.length;
      }
      if (records === 0) throw new Error('nothing generated');
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );
});
