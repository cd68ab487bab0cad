import { z } from 'zod';
import { IsoDate } from '../dates.js';
import { type FactKind, factKindIds, factKinds } from './facts.js';

/** Income kinds (소득 종류). Amounts are monthly KRW. */
export const IncomeKind = z.enum([
  'earned',
  'business',
  'property',
  'publicTransfer',
  'privateTransfer',
  'pension',
  'other',
]);
export type IncomeKind = z.infer<typeof IncomeKind>;

/** Asset kinds (재산 종류); `debt` is subtracted. Values are KRW, not monthly. */
export const AssetKind = z.enum(['residential', 'general', 'financial', 'car', 'debt']);
export type AssetKind = z.infer<typeof AssetKind>;

const provenance = {
  sourceAgency: z.string().trim().min(1).max(100),
  dataType: z.string().trim().min(1).max(100),
  periodFrom: IsoDate,
  periodTo: IsoDate.optional(),
};

const FactRecordInput = z.strictObject({
  category: z.literal('fact'),
  kind: z.enum(factKindIds as [FactKind, ...FactKind[]]),
  value: z.unknown(),
  ...provenance,
});

/**
 * A linked record as delivered by an agency or entered by a caseworker: income, asset or fact,
 * with its source agency, data type and effective period. `receivedAt` is set on arrival.
 */
export const LinkedRecordInput = z
  .discriminatedUnion('category', [
    z.strictObject({
      category: z.literal('income'),
      kind: IncomeKind,
      amountKrw: z.number().int().min(0).max(10_000_000_000),
      ...provenance,
    }),
    z.strictObject({
      category: z.literal('asset'),
      kind: AssetKind,
      amountKrw: z.number().int().min(0).max(1_000_000_000_000),
      ...provenance,
    }),
    FactRecordInput,
  ])
  .superRefine((r, ctx) => {
    if (r.periodTo && r.periodTo <= r.periodFrom) {
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'periodTo must be after periodFrom' });
    }
    if (r.category === 'fact') {
      const parsed = factKinds[r.kind].value.safeParse(r.value);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({
            code: 'custom',
            path: ['value', ...issue.path.map(String)],
            message: issue.message,
          });
        }
      }
    }
  });
export type LinkedRecordInput = z.infer<typeof LinkedRecordInput>;

export type LinkedRecord = LinkedRecordInput & {
  id: string;
  personId: string;
  receivedAt: string;
};
