import { describe, expect, it } from 'vitest';
import type { Finding } from '../../api/types';
import { actionsFor, identityOf } from './finding-actions';

const finding = (over: Partial<Finding>): Finding =>
  ({
    id: 'f',
    kind: 'noLongerEligible',
    programId: 'WLF00001132',
    detail: { previousAmountKrw: 10 },
    ...over,
  }) as Finding;

describe('finding actions', () => {
  it('offers decisions to a supervisor only; anyone may dismiss', () => {
    expect(actionsFor('noLongerEligible', 'supervisor')).toEqual(['terminate', 'suspend', 'dismiss']);
    expect(actionsFor('noLongerEligible', 'caseworker')).toEqual(['dismiss']);
    expect(actionsFor('amountChanged', 'supervisor')).toEqual(['changeAmount', 'dismiss']);
    expect(actionsFor('newlyEligible', 'caseworker')).toEqual(['openApplication', 'dismiss']);
  });

  it('treats findings of the same kind, program and amounts as identical (for bulk confirmation)', () => {
    expect(identityOf(finding({ id: 'a' }))).toBe(identityOf(finding({ id: 'b' })));
    expect(identityOf(finding({ programId: 'X' }))).not.toBe(identityOf(finding({})));
    expect(identityOf(finding({ kind: 'amountChanged' }))).not.toBe(identityOf(finding({})));
  });
});
