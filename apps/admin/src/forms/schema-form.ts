import type { FieldSchema, FormSchema } from '../api/types';

/** A field of a program's application form, read from its JSON Schema. */
export interface FormField {
  name: string;
  schema: FieldSchema;
  required: boolean;
  kind: 'checkbox' | 'select' | 'multiselect' | 'date' | 'number' | 'text' | 'textarea';
}

export type FormValues = Record<string, unknown>;

/** A validation message as an i18n key with its values, so it renders in the current language. */
export interface FieldMessage {
  key: string;
  values?: Record<string, string | number>;
}

const BIG = Number.MAX_SAFE_INTEGER;

function kindOf(s: FieldSchema): FormField['kind'] {
  if (s.type === 'boolean') return 'checkbox';
  if (s.type === 'array') return 'multiselect';
  if (s.enum) return 'select';
  if (s.type === 'integer' || s.type === 'number') return 'number';
  if (s.format === 'date') return 'date';
  if ((s.maxLength ?? 0) > 200) return 'textarea';
  return 'text';
}

/** The fields of a form in schema order. */
export function fieldsOf(schema: FormSchema): FormField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
    name,
    schema: s,
    // A `const: true` checkbox (a consent) must be ticked even when the schema does not list it.
    required: required.has(name) || s.const === true,
    kind: kindOf(s),
  }));
}

/** Empty values the inputs start from: unchecked, empty text, no choice. */
export function initialValues(schema: FormSchema): FormValues {
  return Object.fromEntries(
    fieldsOf(schema).map((f) => [
      f.name,
      f.kind === 'checkbox' ? false : f.kind === 'multiselect' ? [] : f.kind === 'number' ? '' : '',
    ]),
  );
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(v: string): boolean {
  if (!ISO_DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Checks one value against its field: the message to show, or null when it is fine. */
export function validateField(field: FormField, value: unknown): FieldMessage | null {
  const s = field.schema;
  if (field.kind === 'checkbox') {
    if (s.const === true && value !== true) return { key: 'validation.mustAccept' };
    return null;
  }
  if (isEmpty(value)) return field.required ? { key: 'validation.required' } : null;
  if (field.kind === 'multiselect') {
    const list = value as unknown[];
    if (s.minItems !== undefined && list.length < s.minItems)
      return { key: 'validation.minItems', values: { min: s.minItems } };
    if (s.maxItems !== undefined && list.length > s.maxItems)
      return { key: 'validation.maxItems', values: { max: s.maxItems } };
    const allowed = s.items?.enum;
    if (allowed && list.some((x) => !allowed.includes(x as string))) return { key: 'validation.choice' };
    return null;
  }
  if (field.kind === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n)) return { key: 'validation.number' };
    if (s.type === 'integer' && !Number.isInteger(n)) return { key: 'validation.integer' };
    if (s.minimum !== undefined && n < s.minimum)
      return { key: 'validation.minimum', values: { min: s.minimum } };
    if (s.maximum !== undefined && s.maximum < BIG && n > s.maximum)
      return { key: 'validation.maximum', values: { max: s.maximum } };
    return null;
  }
  const text = String(value);
  if (s.enum) return s.enum.includes(text) ? null : { key: 'validation.choice' };
  if (s.format === 'date') return validDate(text) ? null : { key: 'validation.date' };
  if (s.minLength !== undefined && text.length < s.minLength)
    return { key: 'validation.minLength', values: { min: s.minLength } };
  if (s.maxLength !== undefined && text.length > s.maxLength)
    return { key: 'validation.maxLength', values: { max: s.maxLength } };
  if (s.pattern && !new RegExp(s.pattern, 'u').test(text)) return { key: 'validation.pattern' };
  return null;
}

/** Every field's message, for @mantine/form's `validate`. */
export function validateForm(schema: FormSchema, values: FormValues): Record<string, FieldMessage> {
  const out: Record<string, FieldMessage> = {};
  for (const f of fieldsOf(schema)) {
    const m = validateField(f, values[f.name]);
    if (m) out[f.name] = m;
  }
  return out;
}

/** The application as the API expects it: numbers as numbers, empty optional fields left out. */
export function toApplication(schema: FormSchema, values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fieldsOf(schema)) {
    const v = values[f.name];
    if (f.kind === 'checkbox') {
      if (v === true || f.required || f.schema.const !== undefined) out[f.name] = v === true;
      else if (v === false) out[f.name] = false;
      continue;
    }
    if (isEmpty(v)) continue;
    out[f.name] = f.kind === 'number' ? Number(v) : v;
  }
  return out;
}

/** Field errors from an API 400 (`application.bankAccount` → `bankAccount`). */
export function serverFieldErrors(issues: { path: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of issues) {
    const m = /^application\.([^.]+)/.exec(i.path);
    if (m?.[1]) out[m[1]] = i.message;
  }
  return out;
}
