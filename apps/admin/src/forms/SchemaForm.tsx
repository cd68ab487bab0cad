import { Checkbox, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { FormSchema } from '../api/types';
import { useLang } from '../i18n';
import { type FormField, type FormValues, fieldsOf, validateForm } from './schema-form';
import { useRelocalizedErrors } from './use-relocalized-errors';

/** @mantine/form's validate for a program form: each field's message in the current language. */
export function useSchemaValidate(schema: FormSchema | undefined) {
  const { t } = useTranslation();
  return (values: FormValues) => {
    if (!schema) return {};
    return Object.fromEntries(
      Object.entries(validateForm(schema, values)).map(([k, m]) => [k, t(m.key, m.values ?? {})]),
    );
  };
}

function FieldInput({ field, form }: { field: FormField; form: UseFormReturnType<FormValues> }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const label = field.schema.label ? pick(field.schema.label) : field.name;
  const common = { label, required: field.required, key: form.key(field.name) };
  const option = (v: string | number) => ({
    value: String(v),
    label: t(`enum.${field.name}.${v}`, { defaultValue: String(v) }),
  });
  switch (field.kind) {
    case 'checkbox':
      return (
        <Checkbox
          {...common}
          label={
            <>
              {label}
              {field.required ? (
                <Text span c="red" aria-hidden>
                  {' *'}
                </Text>
              ) : null}
            </>
          }
          {...form.getInputProps(field.name, { type: 'checkbox' })}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          data={(field.schema.enum ?? []).map(option)}
          clearable={!field.required}
          {...form.getInputProps(field.name)}
        />
      );
    case 'multiselect':
      return (
        <Checkbox.Group {...common} {...form.getInputProps(field.name)}>
          <Group mt={4}>
            {(field.schema.items?.enum ?? []).map((v) => (
              <Checkbox key={String(v)} value={String(v)} label={option(v).label} />
            ))}
          </Group>
        </Checkbox.Group>
      );
    case 'date':
      return (
        <DateInput
          {...common}
          valueFormat="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          clearable
          {...form.getInputProps(field.name)}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          allowDecimal={field.schema.type !== 'integer'}
          min={field.schema.minimum}
          max={
            field.schema.maximum !== undefined && field.schema.maximum < Number.MAX_SAFE_INTEGER
              ? field.schema.maximum
              : undefined
          }
          thousandSeparator=","
          {...form.getInputProps(field.name)}
        />
      );
    case 'textarea':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          maxLength={field.schema.maxLength}
          {...form.getInputProps(field.name)}
        />
      );
    default:
      return <TextInput {...common} maxLength={field.schema.maxLength} {...form.getInputProps(field.name)} />;
  }
}

/** A program's application form rendered from its JSON Schema, labels in the current language. */
export function SchemaForm({ schema, form }: { schema: FormSchema; form: UseFormReturnType<FormValues> }) {
  useRelocalizedErrors(form);
  return (
    <Stack gap="sm">
      {fieldsOf(schema).map((f) => (
        <FieldInput key={f.name} field={f} form={form} />
      ))}
    </Stack>
  );
}
