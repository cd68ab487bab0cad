import { z } from 'zod';
import { IsoDate } from '../dates.js';

/**
 * Resident registration number (주민등록번호), `YYMMDD-NNNNNNN`. It is never stored or logged in
 * plain text: the database keeps it encrypted, with a keyed hash for exact lookup.
 */
export const Rrn = z
  .string()
  .regex(/^\d{6}-?\d{7}$/, 'expected a resident registration number as YYMMDD-NNNNNNN')
  .transform((s) => (s.includes('-') ? s : `${s.slice(0, 6)}-${s.slice(6)}`));

/** Masks an RRN for display: birth part and the sex digit stay, the rest is hidden. */
export function maskRrn(rrn: string): string {
  return `${rrn.slice(0, 6)}-${rrn.slice(7, 8)}******`;
}

export const Sex = z.enum(['F', 'M']);
export const ResidencyStatus = z.enum([
  'citizen',
  'permanentResident',
  'marriageMigrant',
  'refugee',
  'foreigner',
]);

export const PersonInput = z.strictObject({
  rrn: Rrn.optional().describe(
    '주민등록번호 — resident registration number; encrypted at rest, never echoed',
  ),
  name: z.string().trim().min(1).max(100),
  birthDate: IsoDate,
  sex: Sex,
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code')
    .default('KR'),
  residencyStatus: ResidencyStatus.default('citizen'),
  deathDate: IsoDate.optional(),
});
export type PersonInput = z.infer<typeof PersonInput>;

export interface Person {
  id: string;
  name: string;
  birthDate: string;
  sex: z.infer<typeof Sex>;
  nationality: string;
  residencyStatus: z.infer<typeof ResidencyStatus>;
  deathDate: string | null;
  /** Masked RRN (`YYMMDD-N******`), or null when none is on file. */
  rrnMasked: string | null;
}
