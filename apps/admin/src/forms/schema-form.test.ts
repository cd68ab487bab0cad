import { describe, expect, it } from 'vitest';
import type { FormSchema } from '../api/types';
import { fieldsOf, initialValues, serverFieldErrors, toApplication, validateForm } from './schema-form';

// The livelihood benefit's form as GET /programs/WLF00001132 returns it, plus one field of each other kind.
const schema: FormSchema = {
  type: 'object',
  properties: {
    applicantRelation: {
      type: 'string',
      enum: ['self', 'family', 'caseworker'],
      label: { ko: '신청인 구분', en: 'who applies' },
    },
    bankAccount: {
      type: 'string',
      pattern: '^[0-9-]{8,20}$',
      label: { ko: '급여 수령 계좌', en: 'bank account' },
    },
    consentToDataLinkage: { type: 'boolean', const: true, label: { ko: '동의', en: 'consent' } },
    accidentDate: {
      type: 'string',
      format: 'date',
      label: { ko: '재해 발생일', en: 'date of the accident' },
    },
    plannedHires: {
      type: 'integer',
      minimum: 0,
      maximum: 9007199254740991,
      label: { ko: '인원', en: 'hires' },
    },
    areas: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', enum: ['finance', 'health'] },
      label: { ko: '분야', en: 'areas' },
    },
    neverMarried: { type: 'boolean', label: { ko: '미혼', en: 'never married' } },
  },
  required: ['applicantRelation', 'bankAccount', 'consentToDataLinkage'],
};

describe('application forms from a program’s JSON Schema', () => {
  it('reads each field’s kind and whether it is required', () => {
    expect(fieldsOf(schema).map((f) => [f.name, f.kind, f.required])).toEqual([
      ['applicantRelation', 'select', true],
      ['bankAccount', 'text', true],
      ['consentToDataLinkage', 'checkbox', true],
      ['accidentDate', 'date', false],
      ['plannedHires', 'number', false],
      ['areas', 'multiselect', false],
      ['neverMarried', 'checkbox', false],
    ]);
  });

  it('gives a message per field: required, pattern, consent, date, minimum, minimum items', () => {
    const errors = validateForm(schema, {
      ...initialValues(schema),
      bankAccount: '12ab',
      accidentDate: '2026-02-30',
      plannedHires: -1,
    });
    expect(errors).toEqual({
      applicantRelation: { key: 'validation.required' },
      bankAccount: { key: 'validation.pattern' },
      consentToDataLinkage: { key: 'validation.mustAccept' },
      accidentDate: { key: 'validation.date' },
      plannedHires: { key: 'validation.minimum', values: { min: 0 } },
    });
    expect(validateForm(schema, { ...initialValues(schema), areas: [] }).areas).toBeUndefined();
  });

  it('accepts a complete form and sends numbers as numbers, leaving empty optional fields out', () => {
    const values = {
      ...initialValues(schema),
      applicantRelation: 'self',
      bankAccount: '110-123-456789',
      consentToDataLinkage: true,
      plannedHires: '3',
    };
    expect(validateForm(schema, values)).toEqual({});
    expect(toApplication(schema, values)).toEqual({
      applicantRelation: 'self',
      bankAccount: '110-123-456789',
      consentToDataLinkage: true,
      plannedHires: 3,
      neverMarried: false,
    });
  });

  it('maps the API’s field issues onto the form', () => {
    expect(
      serverFieldErrors([
        { path: 'application.bankAccount', message: 'Invalid string' },
        { path: 'personId', message: 'x' },
      ]),
    ).toEqual({ bankAccount: 'Invalid string' });
  });
});
