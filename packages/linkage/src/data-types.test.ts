import { generatePopulation } from '@bokji/synthpop';
import { describe, expect, it } from 'vitest';
import { dataTypeById } from './data-types.js';

describe('the synthetic population speaks the catalogue', () => {
  it("gives every record a catalogued data type of the record's category and kind, from its agency", () => {
    // So that an agency's later delivery of a data type supersedes the generated record of that
    // stream instead of counting beside it (an income under another name would count twice), and
    // the household's records list one agency once (agency deliveries store the agency's code).
    const seen = new Set<string>();
    const wrong = new Set<string>();
    for (const h of generatePopulation({ seed: 'catalogue', households: 3_000, referenceDate: '2026-06-30' }))
      for (const r of h.records) {
        seen.add(r.dataType);
        const dt = dataTypeById.get(r.dataType);
        if (!dt || dt.category !== r.category || dt.kind !== r.kind || dt.agency !== r.sourceAgency)
          wrong.add(
            `${r.category}:${r.kind} as ${r.dataType} from ${r.sourceAgency} (catalogue: ${dt ? `${dt.category}:${dt.kind} from ${dt.agency}` : 'none'})`,
          );
      }
    expect([...wrong]).toEqual([]);
    expect(seen.size).toBeGreaterThan(25);
  });
});
