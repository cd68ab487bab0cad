import { Alert, Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconSearch, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import type { AccessEntry } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading, PageHeader } from '../../components/ui';
import { useRelocalizedErrors } from '../../forms/use-relocalized-errors';
import { formatDateTime } from '../../lib/format';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const keys = ['userId', 'personId', 'householdId', 'from', 'to'] as const;
type Filters = Record<(typeof keys)[number], string>;

/** The auditor's view: search the access log (접속기록) and verify its hash chain. */
export function AccessLogPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/access-log' });
  const navigate = useNavigate({ from: '/access-log' });
  const form = useForm<Filters>({
    mode: 'controlled',
    initialValues: {
      userId: search.userId ?? '',
      personId: search.personId ?? '',
      householdId: search.householdId ?? '',
      from: search.from ?? '',
      to: search.to ?? '',
    },
    validate: {
      userId: (v) => (v && !UUID.test(v.trim()) ? t('validation.uuid') : null),
      personId: (v) => (v && !UUID.test(v.trim()) ? t('validation.uuid') : null),
      householdId: (v) => (v && !UUID.test(v.trim()) ? t('validation.uuid') : null),
      to: (v, values) => (v && values.from && v < values.from ? t('audit.toAfterFrom') : null),
    },
  });
  useRelocalizedErrors(form);
  const entries = useQuery({
    queryKey: ['access-log', search],
    queryFn: () => api.accessLog(search),
  });
  const verify = useMutation({ mutationFn: api.verifyAccessLog });

  const { setFieldValue } = form;
  const filterBy = useCallback(
    (key: 'userId' | 'personId' | 'householdId', value: string | null) => {
      if (!value) return;
      setFieldValue(key, value);
      void navigate({ search: (prev) => ({ ...prev, [key]: value }) });
    },
    [setFieldValue, navigate],
  );

  /** An access-log action in words (the code stays beside it); unknown actions show their code. */
  const actionLabel = useCallback(
    (action: string) =>
      action.startsWith('case.event.')
        ? t('auditAction.caseEvent', {
            event: t(`event.${action.slice(11)}`, { defaultValue: action.slice(11) }),
          })
        : t(`auditAction.${action.replaceAll('.', '_')}`, { defaultValue: action }),
    [t],
  );

  const columns = useMemo<ColumnDef<AccessEntry, unknown>[]>(
    () => [
      {
        id: 'at',
        header: t('audit.at'),
        accessorFn: (e) => e.at,
        cell: ({ row }) => formatDateTime(row.original.at),
      },
      {
        id: 'user',
        header: t('audit.user'),
        accessorFn: (e) => e.username ?? '',
        cell: ({ row }) =>
          row.original.userId ? (
            <Button
              variant="subtle"
              size="compact-xs"
              onClick={() => filterBy('userId', row.original.userId)}
            >
              {row.original.username} (
              {t(`role.${row.original.role}`, { defaultValue: row.original.role ?? '' })})
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              {t('audit.anonymous')}
            </Text>
          ),
      },
      {
        id: 'action',
        header: t('audit.action'),
        accessorFn: (e) => e.action,
        cell: ({ row }) => (
          <Stack gap={0}>
            <Text size="sm">{actionLabel(row.original.action)}</Text>
            <Text size="xs" c="dimmed">
              <code>{row.original.action}</code>
            </Text>
          </Stack>
        ),
      },
      { id: 'purpose', header: t('audit.purpose'), accessorFn: (e) => e.purpose ?? '' },
      {
        id: 'person',
        header: t('audit.person'),
        enableSorting: false,
        cell: ({ row }) =>
          row.original.personId ? (
            <Button
              variant="subtle"
              size="compact-xs"
              onClick={() => filterBy('personId', row.original.personId)}
            >
              {row.original.personId.slice(0, 8)}…
            </Button>
          ) : (
            '—'
          ),
      },
      {
        id: 'household',
        header: t('audit.household'),
        enableSorting: false,
        cell: ({ row }) =>
          row.original.householdId ? (
            <Button
              variant="subtle"
              size="compact-xs"
              onClick={() => filterBy('householdId', row.original.householdId)}
            >
              {row.original.householdId.slice(0, 8)}…
            </Button>
          ) : (
            '—'
          ),
      },
      {
        id: 'outcome',
        header: t('audit.outcome'),
        accessorFn: (e) => e.outcome,
        cell: ({ row }) => (
          <Badge color={row.original.outcome === 'allowed' ? 'teal' : 'red'} variant="light">
            {t(`audit.${row.original.outcome}`)}
          </Badge>
        ),
      },
      { id: 'ip', header: 'IP', accessorFn: (e) => e.ip ?? '' },
    ],
    [t, filterBy, actionLabel],
  );

  return (
    <Stack>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')}>
        <Button
          leftSection={<IconShieldCheck size={16} />}
          variant="light"
          loading={verify.isPending}
          onClick={() => verify.mutate()}
        >
          {t('audit.verify')}
        </Button>
      </PageHeader>
      {verify.error ? <ErrorAlert error={verify.error} /> : null}
      {verify.data ? (
        <Alert
          color={verify.data.ok ? 'teal' : 'red'}
          icon={verify.data.ok ? <IconShieldCheck aria-hidden /> : <IconShieldX aria-hidden />}
          title={verify.data.ok ? t('audit.chainOk') : t('audit.chainBroken')}
          role="status"
          data-testid="verify-result"
        >
          {verify.data.ok
            ? t('audit.chainOkBody', { rows: verify.data.rows })
            : t('audit.chainBrokenBody', { rows: verify.data.rows, id: verify.data.brokenAtId ?? '?' })}
        </Alert>
      ) : null}
      <Card withBorder>
        <form
          aria-label={t('audit.search')}
          noValidate
          onSubmit={form.onSubmit((v) =>
            navigate({
              search: Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x.trim() || undefined])),
            }),
          )}
        >
          <Title order={2} size="h5" mb="xs">
            {t('audit.search')}
          </Title>
          <Group grow align="flex-start">
            <TextInput label={t('audit.userId')} placeholder="UUID" {...form.getInputProps('userId')} />
            <TextInput label={t('audit.personId')} placeholder="UUID" {...form.getInputProps('personId')} />
            <TextInput
              label={t('audit.householdId')}
              placeholder="UUID"
              {...form.getInputProps('householdId')}
            />
          </Group>
          <Group grow align="flex-start" mt="xs">
            <DateInput
              label={t('audit.from')}
              valueFormat="YYYY-MM-DD"
              clearable
              {...form.getInputProps('from')}
              onChange={(v) => form.setFieldValue('from', v ?? '')}
            />
            <DateInput
              label={t('audit.to')}
              valueFormat="YYYY-MM-DD"
              clearable
              {...form.getInputProps('to')}
              onChange={(v) => form.setFieldValue('to', v ?? '')}
            />
            <Group align="flex-end" h="100%" pt={24}>
              <Button type="submit" leftSection={<IconSearch size={16} />}>
                {t('audit.submit')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  form.reset();
                  form.setValues({ userId: '', personId: '', householdId: '', from: '', to: '' });
                  void navigate({ search: {} });
                }}
              >
                {t('audit.clear')}
              </Button>
            </Group>
          </Group>
        </form>
      </Card>
      <Card withBorder>
        {entries.isLoading ? <Loading /> : null}
        {entries.error ? <ErrorAlert error={entries.error} /> : null}
        {entries.data ? (
          <>
            <Text size="xs" c="dimmed" mb="xs">
              {t('audit.count', { count: entries.data.length })}
            </Text>
            <DataTable
              label={t('audit.title')}
              data={entries.data}
              columns={columns}
              getRowId={(e) => String(e.id)}
              emptyText={t('audit.none')}
              testId="access-log"
            />
          </>
        ) : null}
      </Card>
    </Stack>
  );
}
