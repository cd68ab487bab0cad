import { IsoDate, LinkedRecordInput, MembershipReason, PersonInput, Relation, Residence } from '@bokji/core';
import { z } from '@hono/zod-openapi';

export const Id = z.string().uuid();
export const IdParam = z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) });

/** Keyset paging of a list in its order: `after` is the previous page's `next`. */
export const After = Id.optional().describe('the previous page’s `next`: the page goes on after that item');
export const Next = z
  .string()
  .nullable()
  .describe('`after` for the next page (the last item of a full page); null on the last');
/** A page's `next`: its last item when the page is full. */
export const nextOf = (items: readonly { id: string }[], limit: number) =>
  items.length === limit ? items.at(-1)!.id : null;

export const PersonView = z
  .object({
    id: z.string(),
    name: z.string(),
    birthDate: z.string(),
    sex: z.enum(['F', 'M']),
    nationality: z.string(),
    residencyStatus: z.string(),
    deathDate: z.string().nullable(),
    rrnMasked: z.string().nullable().describe('주민등록번호, masked (YYMMDD-N******)'),
  })
  .openapi('Person');

export const PersonCreate = z.strictObject(PersonInput.shape).openapi('PersonInput');

export const MemberView = z.object({
  id: z.string().describe('membership id'),
  personId: z.string(),
  relation: Relation,
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  startReason: z.string(),
  endReason: z.string().nullable(),
  current: z.boolean().describe('in force on the asOf date'),
  person: PersonView,
});

export const HouseholdView = z
  .object({
    id: z.string(),
    version: z.number().int().describe('send as If-Match to change the household'),
    asOf: z.string(),
    residence: Residence,
    members: z.array(MemberView),
    residenceHistory: z.array(
      z
        .object({
          effectiveFrom: z.string(),
          kind: z.string(),
          regionCode: z.string(),
          address: z.string(),
          tenure: z.string(),
        })
        .passthrough(),
    ),
  })
  .openapi('Household');

export const HouseholdCreate = z
  .strictObject({
    residence: Residence,
    effectiveFrom: IsoDate.describe('date the household forms at this residence'),
    members: z
      .array(
        z.union([
          z.strictObject({ personId: Id, relation: Relation }),
          z.strictObject({ person: PersonInput, relation: Relation }),
        ]),
      )
      .min(1)
      .max(30),
  })
  .openapi('HouseholdCreate');

export const MemberAdd = z
  .strictObject({
    personId: Id,
    relation: Relation,
    effectiveFrom: IsoDate,
    reason: MembershipReason.default('moveIn'),
  })
  .openapi('MemberAdd');

export const MemberEnd = z
  .strictObject({ effectiveTo: IsoDate, reason: MembershipReason })
  .openapi('MemberEnd');

export const Move = z
  .strictObject({
    residence: Residence,
    effectiveFrom: IsoDate,
    kind: z.enum(['succession', 'correction']).default('succession'),
  })
  .openapi('Move');

export const RecordsCreate = z
  .strictObject({ records: z.array(LinkedRecordInput).min(1).max(1000) })
  .openapi('RecordsCreate');

export const RecordView = z.record(z.string(), z.unknown()).openapi('LinkedRecord');

export const AsOfQuery = z.object({
  asOf: IsoDate.optional().describe('date to read membership at (default today)'),
});
