import { generatePopulation } from '@bokji/synthpop';
import { describe, expect, it } from 'vitest';
import { dataTypeById, rowSchema } from './data-types.js';

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
        // The row an agency would send for it passes the data type's schema.
        const sent = dt
          ? rowSchema(dt).safeParse({
              personId: r.personId,
              periodFrom: r.periodFrom,
              ...(r.periodTo ? { periodTo: r.periodTo } : {}),
              ...(r.category === 'fact' ? { value: r.value } : { amountKrw: r.amountKrw }),
            })
          : undefined;
        if (sent && !sent.success)
          wrong.add(
            `${r.dataType} ${JSON.stringify(r.category === 'fact' ? r.value : r.amountKrw)}: ${sent.error.issues[0]?.message}`,
          );
        if (!dt || dt.category !== r.category || dt.kind !== r.kind || dt.agency !== r.sourceAgency)
          wrong.add(
            `${r.category}:${r.kind} as ${r.dataType} from ${r.sourceAgency} (catalogue: ${dt ? `${dt.category}:${dt.kind} from ${dt.agency}` : 'none'})`,
          );
      }
    expect([...wrong]).toEqual([]);
    expect(seen.size).toBeGreaterThan(25);
  });
});

describe('registries that record only some of their fact', () => {
  const row = (value: unknown) => ({
    personId: '00000000-0000-4000-8000-000000000001',
    periodFrom: '2026-02-01',
    value,
  });
  it('refuses a power cut-off register reporting an illness, naming the field', () => {
    const schema = rowSchema(dataTypeById.get('kepco.power-cutoff')!);
    expect(schema.safeParse(row({ kind: 'utilityCutoff' })).success).toBe(true);
    const bad = schema.safeParse(row({ kind: 'illness' }));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues).toEqual([
      expect.objectContaining({
        path: ['value', 'kind'],
        message: 'kepco.power-cutoff records kind utilityCutoff only',
      }),
    ]);
    // The local office's investigation may find any crisis.
    expect(rowSchema(dataTypeById.get('local.crisis')!).safeParse(row({ kind: 'illness' })).success).toBe(
      true,
    );
  });
  it('holds the farm register to farmers and the fishery register to fishers', () => {
    expect(
      rowSchema(dataTypeById.get('naqs.farm-registration')!).safeParse(row({ kind: 'fisher' })).success,
    ).toBe(false);
    expect(rowSchema(dataTypeById.get('mof.fisher')!).safeParse(row({ kind: 'fisher' })).success).toBe(true);
  });
});
