import { ActionIcon, Alert, Badge, Card, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HouseholdView, useProgram } from '../../api/queries';
import type { FormSchema } from '../../api/types';
import { ErrorAlert, Loading } from '../../components/ui';
import { SchemaForm, useSchemaValidate } from '../../forms/SchemaForm';
import { type FormValues, initialValues, toApplication } from '../../forms/schema-form';
import { useLang } from '../../i18n';

/** What the intake page asks of each program's form when it submits them together. */
export interface FormHandle {
  /** Validates the form (and the applicant of a person program); true when it can be sent. */
  validate(): boolean;
  payload(): { personId?: string; application: Record<string, unknown> };
  setErrors(errors: Record<string, string>): void;
}

/** One chosen program: its application form from the plug-in's JSON Schema, and the applicant for a person program. */
export function ProgramFormCard({
  programId,
  household,
  initialPersonId,
  register,
  onRemove,
}: {
  programId: string;
  household: HouseholdView;
  initialPersonId?: string | undefined;
  register: (programId: string, handle: FormHandle | null) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const program = useProgram(programId);
  const schema: FormSchema | undefined = program.data?.form.jsonSchema;
  const isPersonProgram = program.data?.target === 'person';
  const members = household.members.filter((m) => m.current);
  const validate = useSchemaValidate(schema);
  const form = useForm<FormValues>({
    mode: 'uncontrolled',
    initialValues: {},
    validate,
    validateInputOnBlur: true,
  });
  const [applicant, setApplicant] = useState<string | null>(initialPersonId ?? null);
  const [applicantError, setApplicantError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh form when the schema arrives
  useEffect(() => {
    if (schema) {
      form.setInitialValues(initialValues(schema));
      form.reset();
    }
  }, [program.data?.id]);

  useEffect(() => {
    register(programId, {
      validate: () => {
        if (!schema) return false;
        const ok = !form.validate().hasErrors;
        const needsApplicant = isPersonProgram && !applicant;
        setApplicantError(needsApplicant ? t('validation.required') : null);
        return ok && !needsApplicant;
      },
      payload: () => ({
        ...(isPersonProgram && applicant ? { personId: applicant } : {}),
        application: toApplication(schema!, form.getValues()),
      }),
      setErrors: (errors) => form.setErrors(errors),
    });
    return () => register(programId, null);
  });

  return (
    <Card
      withBorder
      data-testid={`form-${programId}`}
      component="section"
      aria-label={program.data ? pick(program.data.name) : programId}
    >
      {program.isLoading ? <Loading /> : null}
      {program.error ? <ErrorAlert error={program.error} /> : null}
      {program.data && schema ? (
        <Stack>
          <Group justify="space-between" wrap="nowrap">
            <Title order={2} size="h4">
              {pick(program.data.name)}
            </Title>
            <Group gap="xs" wrap="nowrap">
              <Badge variant="light">{t(`target.${program.data.target}`)}</Badge>
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={onRemove}
                aria-label={t('intake.remove', { name: pick(program.data.name) })}
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
          </Group>
          <Text size="sm" c="dimmed">
            {pick(program.data.summary)}
          </Text>
          {isPersonProgram ? (
            <Select
              label={t('intake.applicant')}
              required
              data={members.map((m) => ({
                value: m.personId,
                label: `${m.person.name} (${t(`relation.${m.relation}`, { defaultValue: m.relation })}, ${m.person.birthDate})`,
              }))}
              value={applicant}
              onChange={(v) => {
                setApplicant(v);
                setApplicantError(null);
              }}
              error={applicantError}
            />
          ) : null}
          <SchemaForm schema={schema} form={form} />
          {program.data.form.evidence.length ? (
            <Alert variant="light" title={t('intake.evidence')}>
              <List size="sm">
                {program.data.form.evidence.map((e) => (
                  <List.Item key={e.id}>
                    {pick(e.label)}{' '}
                    {e.required ? `(${t('intake.requiredDoc')})` : `(${t('intake.optionalDoc')})`}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
        </Stack>
      ) : null}
    </Card>
  );
}
