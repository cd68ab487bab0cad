export * as distributions from './distributions.js';
export {
  generateHousehold,
  generatePopulation,
  type MembershipReason,
  type PopulationOptions,
  type ResidencyStatus,
  type SyntheticAssetRecord,
  type SyntheticFactRecord,
  type SyntheticHousehold,
  type SyntheticIncomeRecord,
  type SyntheticMembership,
  type SyntheticPerson,
  type SyntheticRecord,
} from './generate.js';
export { hashSeed, Rng, syntheticUuid, type WeightedTable, weighted } from './rng.js';
export { isSyntheticRrn, legacyRrnCheckDigit, rrnGenderDigit, syntheticRrn } from './rrn.js';
export { type PopulationSummary, type SizeBucket, summarize } from './summary.js';
