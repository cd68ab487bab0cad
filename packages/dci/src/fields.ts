import { Rrn } from '@bokji/core';
import { DciReject, echo } from './codes.js';

/**
 * The whitelist: the only attributes a DCI query may name. Each has aliases (the spellings DCI
 * samples use), the operators it accepts, where it applies (`person`: Social Registry rows, one
 * per person with their current household; `enrolment`: IBR rows, one per enrolment and
 * beneficiary person) and a normaliser that checks and converts a value. Nothing else reaches SQL.
 */
export type FieldId =
  | 'identifier'
  | 'person_id'
  | 'household_id'
  | 'name'
  | 'birth_date'
  | 'age'
  | 'sex'
  | 'region_code'
  | 'group_size'
  | 'program_id'
  | 'enrolment_status'
  | 'enrolment_date';

export type Op = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'in' | 'nin';
export type Context = 'person' | 'enrolment';
export type Value = string | number;

export interface FieldSpec {
  id: FieldId;
  aliases: string[];
  ops: Op[];
  contexts: Context[];
  sortable: Context[];
  description: string;
  /** Checks one value and returns it in database form; throws `DciReject` (never echoing the value). */
  normalise(v: unknown, env: FieldEnv): Value;
}

export interface FieldEnv {
  /** Whether a program id is known to the registry. */
  knownProgram(id: string): boolean;
  /** Programs the client may see; undefined = all. */
  allowedPrograms?: ReadonlySet<string>;
}

const eqOps: Op[] = ['eq', 'ne', 'in', 'nin'];
const allOps: Op[] = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'in', 'nin'];
const both: Context[] = ['person', 'enrolment'];

const bad = (field: string, why: string) => new DciReject('rjct.filter.invalid', `${field}: ${why}`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(field: string, v: unknown, max = 100): string {
  if (typeof v !== 'string' && typeof v !== 'number') throw bad(field, 'expected a string');
  const s = String(v).trim();
  if (!s || s.length > max) throw bad(field, `expected 1 to ${max} characters`);
  return s;
}

function uuid(field: string, v: unknown): string {
  const s = text(field, v, 36);
  if (!UUID.test(s)) throw bad(field, 'expected a Bokji id (UUID)');
  return s.toLowerCase();
}

/** An ISO date, or the date part of an ISO date-time. `dd.mm.yyyy` (some samples) is refused. */
export function isoDate(field: string, v: unknown): string {
  const s = text(field, v, 40);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(s);
  if (!m) throw bad(field, 'expected an ISO 8601 date (YYYY-MM-DD)');
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== s.slice(0, 10)) throw bad(field, 'not a calendar date');
  return s.slice(0, 10);
}

function int(field: string, v: unknown, min: number, max: number): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max)
    throw bad(field, `expected an integer from ${min} to ${max}`);
  return n;
}

const sexes: Record<string, 'F' | 'M'> = { f: 'F', female: 'F', woman: 'F', m: 'M', male: 'M', man: 'M' };

export const entitlementStatuses = ['active', 'suspended', 'ended'] as const;

export const fields: FieldSpec[] = [
  {
    id: 'identifier',
    aliases: ['identifier', 'person_identifier', 'national_id', 'nid', 'uin', 'rrn'],
    ops: ['eq', 'in'],
    contexts: both,
    sortable: [],
    description:
      'A person by Bokji person id (UUID) or resident registration number (matched by its keyed hash)',
    normalise(v) {
      const s = text('identifier', v, 40);
      if (UUID.test(s)) return `id:${s.toLowerCase()}`;
      const rrn = Rrn.safeParse(s);
      if (rrn.success) return `rrn:${rrn.data}`;
      throw bad('identifier', 'expected a Bokji person id or a resident registration number');
    },
  },
  {
    id: 'person_id',
    aliases: ['person_id', 'bokji_person_id', 'member_identifier'],
    ops: eqOps,
    contexts: both,
    sortable: ['person'],
    description: 'Bokji person id',
    normalise: (v) => uuid('person_id', v),
  },
  {
    id: 'household_id',
    aliases: ['household_id', 'bokji_household_id', 'group_id', 'group_identifier', 'household_identifier'],
    ops: eqOps,
    contexts: both,
    sortable: ['person'],
    description: 'Bokji household id (the person’s current household; for IBR, the enrolment’s household)',
    normalise: (v) => uuid('household_id', v),
  },
  {
    id: 'name',
    aliases: ['name', 'full_name', 'demographic_info.name', 'demographic_info.person.name'],
    ops: eqOps,
    contexts: both,
    sortable: both,
    description: 'Full name, exact match',
    normalise: (v) => text('name', v),
  },
  {
    id: 'birth_date',
    aliases: [
      'birth_date',
      'birthdate',
      'date_of_birth',
      'dob',
      'demographic_info.birth_date',
      'demographic_info.person.birth_date',
    ],
    ops: allOps,
    contexts: both,
    sortable: both,
    description: 'Birth date (YYYY-MM-DD)',
    normalise: (v) => isoDate('birth_date', v),
  },
  {
    id: 'age',
    aliases: ['age'],
    ops: allOps,
    contexts: both,
    sortable: [],
    description: 'Age in full years (만 나이) on the registry’s current date',
    normalise: (v) => int('age', v, 0, 150),
  },
  {
    id: 'sex',
    aliases: ['sex', 'gender', 'demographic_info.sex', 'demographic_info.person.sex'],
    ops: ['eq', 'ne', 'in'],
    contexts: both,
    sortable: both,
    description: 'Sex: female / male (also F / M)',
    normalise(v) {
      const s = sexes[text('sex', v, 10).toLowerCase()];
      if (!s) throw bad('sex', 'expected female or male');
      return s;
    },
  },
  {
    id: 'region_code',
    aliases: ['region_code', 'sub_region_code', 'sigungu_code'],
    ops: eqOps,
    contexts: both,
    sortable: both,
    description: '시군구 code (5 digits) of the current household',
    normalise(v) {
      const s = text('region_code', v, 5);
      if (!/^\d{5}$/.test(s)) throw bad('region_code', 'expected a 5-digit 시군구 code');
      return s;
    },
  },
  {
    id: 'group_size',
    aliases: ['group_size', 'household_size'],
    ops: allOps,
    contexts: both,
    sortable: ['person'],
    description: 'Number of current household members',
    normalise: (v) => int('group_size', v, 0, 100),
  },
  {
    id: 'program_id',
    aliases: [
      'program_id',
      'programme_id',
      'programme_identifier',
      'programme_identifier.programme.programme_identifier',
      'programme_identifier.program.programme_identifier',
    ],
    ops: eqOps,
    contexts: both,
    sortable: ['enrolment'],
    description:
      'Bokjiro program id (e.g. WLF00001132). Social Registry: the person or their household is enrolled (active or suspended)',
    normalise(v, env) {
      const s = text('program_id', v, 40);
      if (!/^[A-Za-z0-9_-]+$/.test(s) || !env.knownProgram(s)) throw bad('program_id', 'unknown program');
      if (env.allowedPrograms && !env.allowedPrograms.has(s))
        throw new DciReject(
          'rjct.filter.invalid',
          'program_id: the program is outside this client’s programme grant',
          true,
        );
      return s;
    },
  },
  {
    id: 'enrolment_status',
    aliases: ['enrolment_status', 'enrollment_status', 'programme_identifier.enrolment_status', 'status'],
    ops: eqOps,
    contexts: ['enrolment'],
    sortable: ['enrolment'],
    description: 'Enrolment status: active, suspended or ended',
    normalise(v) {
      const s = text('enrolment_status', v, 20).toLowerCase();
      if (!(entitlementStatuses as readonly string[]).includes(s))
        throw bad('enrolment_status', 'expected active, suspended or ended');
      return s;
    },
  },
  {
    id: 'enrolment_date',
    aliases: ['enrolment_date', 'enrollment_date', 'programme_identifier.enrolment_date', 'start_date'],
    ops: allOps,
    contexts: ['enrolment'],
    sortable: ['enrolment'],
    description: 'Enrolment start date (YYYY-MM-DD)',
    normalise: (v) => isoDate('enrolment_date', v),
  },
];

const byAlias = new Map(fields.flatMap((f) => f.aliases.map((a) => [a, f] as const)));

/** The field an attribute name denotes in a context, or a rejection listing what is searchable. */
export function fieldFor(name: unknown, context: Context): FieldSpec {
  const key = typeof name === 'string' ? name.trim().toLowerCase() : '';
  const f = byAlias.get(key);
  if (!f?.contexts.includes(context)) {
    const shown = echo(name, '(attribute)');
    throw new DciReject(
      'rjct.filter.invalid',
      `${shown} is not searchable here; searchable attributes: ${searchable(context).join(', ')}`,
    );
  }
  return f;
}

export const searchable = (context: Context) =>
  fields.filter((f) => f.contexts.includes(context)).map((f) => f.id);
