import { z } from 'zod';
import { IsoDate } from '../dates.js';

/** Relation of a member to the head of household (가구주와의 관계). */
export const Relation = z.enum([
  'head',
  'spouse',
  'child',
  'childInLaw',
  'parent',
  'parentInLaw',
  'grandchild',
  'grandparent',
  'sibling',
  'other',
]);
export type Relation = z.infer<typeof Relation>;

/** Housing tenure (주거 점유형태). */
export const Tenure = z.enum([
  'owner',
  'jeonse',
  'monthlyRent',
  'publicRental',
  'free',
  'facility',
  'homeless',
]);
export type Tenure = z.infer<typeof Tenure>;

/**
 * Why a membership starts or ends. Moves, births, deaths and splits are *successions*: new
 * facts on a date. A *correction* says the earlier record was wrong and replaces it.
 */
export const MembershipReason = z.enum([
  'formed',
  'birth',
  'moveIn',
  'moveOut',
  'death',
  'split',
  'marriage',
  'correction',
]);

export const RegionCode = z.string().regex(/^\d{5}$/, 'a five-digit 시군구 code');

export const Residence = z.strictObject({
  regionCode: RegionCode,
  address: z.string().trim().min(1).max(300),
  tenure: Tenure,
  monthlyRentKrw: z.number().int().min(0).max(100_000_000).optional(),
  depositKrw: z.number().int().min(0).max(100_000_000_000).optional(),
});
export type Residence = z.infer<typeof Residence>;

export interface Membership {
  id: string;
  householdId: string;
  personId: string;
  relation: Relation;
  effectiveFrom: string;
  effectiveTo: string | null;
  startReason: z.infer<typeof MembershipReason>;
  endReason: z.infer<typeof MembershipReason> | null;
}

export const MembershipStart = z.strictObject({
  personId: z.string().uuid(),
  relation: Relation,
  effectiveFrom: IsoDate,
  reason: MembershipReason.default('moveIn'),
});

export const MembershipEnd = z.strictObject({
  effectiveTo: IsoDate,
  reason: MembershipReason,
});
