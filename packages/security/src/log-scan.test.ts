import { describe, expect, it } from 'vitest';
import { scanLogText } from './log-scan.js';

describe('the log scan', () => {
  it('finds RRNs, tokens and passwords, and lets masked values, ids and timestamps pass', () => {
    const bad = [
      '{"level":"info","msg":"lookup","rrn":"850303-2000007"}',
      'GET /api/v1/people?q=8503032000007',
      'authorization: Bearer Lq4lpSWK5EXquYoZasP0ZA__yCuKhtUYlAzVne0qlo0',
      '{"token":"Lq4lpSWK5EXquYoZasP0ZA__yCuKhtUYlAzVne0qlo0"}',
      '{"username":"cw","password":"hunter22"}',
      'login with bokji-demo',
    ].join('\n');
    expect(scanLogText(bad).map((f) => f.kind)).toEqual([
      'rrn',
      'rrn',
      'bearer token',
      'token field',
      'password field',
      'known password',
    ]);
    const clean = [
      '{"rrnMasked":"850303-2******","password":"[redacted]","token":"[redacted]"}',
      '{"id":"00000000-0000-4000-8000-000000000000","at":"2026-03-01T09:00:00.000Z","ms":1795835495079}',
      'amountKrw 1172221 820555; hash 601c34de8428efcd9314b6c7aec38179d7b4ab1d441e64129224cc6074747b6a',
    ].join('\n');
    expect(scanLogText(clean)).toEqual([]);
  });
});
