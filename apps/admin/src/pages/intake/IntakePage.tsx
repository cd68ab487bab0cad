import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import { type ProgramSummary, useHousehold, useProgram } from '../../api/queries';
import type { FormSchema } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import { AnchorLink } from '../../components/links';
import { ErrorAlert, Loading, PageHeader } from '../../components/ui';
import { SchemaForm, useSchemaValidate } from '../../forms/SchemaForm';
import { type FormValues, initialValues, serverFieldErrors, toApplication } from '../../forms/schema-form';
import { useLang } from '../../i18n';

/** Intake: choose a program (search, or from a recommendation), fill its form, and submit it into the case machine. */
export function IntakePage() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { householdId } = useParams({ from: '/app/households/$householdId/intake' });
  const search = useSearch({ from: '/app/households/$householdId/intake' });
  const navigate = useNavigate({ from: '/households/$householdId/intake' });
  const household = useHousehold(householdId);
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const programs = useQuery({
    queryKey: ['programs', 'search', debounced],
    queryFn: () => api.programs({ q: debounced || undefined }),
  });
  const program = useProgram(search.programId);
  const schema: FormSchema | undefined = program.data?.form.jsonSchema;
  const isPersonProgram = program.data?.target === 'person';
  const members = (household.data?.members ?? []).filter((m) => m.current);

  const validate = useSchemaValidate(schema);
  const form = useForm<FormValues>({
    mode: 'uncontrolled',
    initialValues: {},
    validate,
    validateInputOnBlur: true,
  });
  const [applicant, setApplicant] = useState<string | null>(search.personId ?? null);
  const [applicantError, setApplicantError] = useState<string | null>(null);

  // A new program: a fresh form from its schema.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the program changes
  useEffect(() => {
    if (schema) {
      form.setInitialValues(initialValues(schema));
      form.reset();
    }
  }, [program.data?.id]);

  const queryClient = useQueryClient();
  const submit = useMutation({
    mutationFn: async (values: FormValues) => {
      const created = await api.createCase({
        householdId,
        programId: search.programId!,
        ...(isPersonProgram && applicant ? { personId: applicant } : {}),
        application: toApplication(schema!, values),
      });
      // Into the case machine: the draft is submitted at once (If-Match = the new case's version).
      return api.sendCaseEvent(created.id, created.version, { type: 'SUBMIT' });
    },
    onSuccess: (c) => {
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
      notifications.show({ color: 'teal', message: t('intake.submitted') });
      void navigate({ to: '/cases/$caseId', params: { caseId: c.id } });
    },
    onError: (e) => {
      if (e instanceof ApiError) form.setErrors(serverFieldErrors(e.issues));
    },
  });

  const onSubmit = form.onSubmit((values) => {
    if (isPersonProgram && !applicant) {
      setApplicantError(t('validation.required'));
      return;
    }
    submit.mutate(values);
  });

  const columns = useMemo<ColumnDef<ProgramSummary, unknown>[]>(
    () => [
      { id: 'name', header: t('programs.name'), accessorFn: (p) => pick(p.name) },
      {
        id: 'ministry',
        header: t('programs.ministry'),
        accessorFn: (p) => t(`ministry.${p.ministry}`, { defaultValue: p.ministry }),
      },
      { id: 'target', header: t('programs.target'), accessorFn: (p) => t(`target.${p.target}`) },
      {
        id: 'choose',
        header: '',
        enableSorting: false,
        cell: ({ row }) => (
          <Button
            size="xs"
            variant={row.original.id === search.programId ? 'filled' : 'light'}
            onClick={() => navigate({ search: { programId: row.original.id, personId: search.personId } })}
            aria-label={t('intake.chooseProgram', { name: pick(row.original.name) })}
          >
            {t('intake.choose')}
          </Button>
        ),
      },
    ],
    [t, pick, navigate, search.programId, search.personId],
  );

  if (household.isLoading) return <Loading />;
  if (household.error) return <ErrorAlert error={household.error} />;
  const head = household.data?.members.find((m) => m.current && m.relation === 'head');

  return (
    <Stack>
      <PageHeader
        title={t('intake.title')}
        subtitle={
          <AnchorLink to="/households/$householdId" params={{ householdId }} size="sm">
            {t('household.title', { name: head?.person.name ?? '' })} · {household.data?.residence.address}
          </AnchorLink>
        }
      />
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('intake.step1')}
        </Title>
        <TextInput
          label={t('intake.searchPrograms')}
          placeholder={t('intake.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          mb="sm"
        />
        {programs.error ? <ErrorAlert error={programs.error} /> : null}
        <DataTable
          label={t('programs.title')}
          data={(programs.data?.programs ?? []).slice(0, debounced ? 50 : 10)}
          columns={columns}
          getRowId={(p) => p.id}
          emptyText={t('programs.none')}
          testId="intake-programs"
        />
      </Card>
      {search.programId ? (
        <Card withBorder>
          {program.isLoading ? <Loading /> : null}
          {program.error ? <ErrorAlert error={program.error} /> : null}
          {program.data && schema ? (
            <form onSubmit={onSubmit} noValidate aria-label={t('intake.step2')}>
              <Stack>
                <Group justify="space-between">
                  <Title order={2} size="h4">
                    {t('intake.step2')}: {pick(program.data.name)}
                  </Title>
                  <Badge variant="light">{t(`target.${program.data.target}`)}</Badge>
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
                {submit.error ? <ErrorAlert error={submit.error} /> : null}
                <Group>
                  <Button type="submit" loading={submit.isPending}>
                    {t('intake.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : null}
        </Card>
      ) : null}
    </Stack>
  );
}
