import { Badge, Button, Card, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconSearch } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import type { HouseholdHit } from '../api/types';
import { DataTable } from '../components/DataTable';
import { AnchorLink, ButtonLink } from '../components/links';
import { ErrorAlert, Loading, PageHeader } from '../components/ui';
import { useRelocalizedErrors } from '../forms/use-relocalized-errors';
import { useLang } from '../i18n';
import { regionName } from '../lib/regions';

type Hit = HouseholdHit;

const searchHouseholds = api.searchHouseholds;

/** 6 digits, a dash, 7 digits (the dash is optional while typing). */
const RRN = /^\d{6}-?\d{7}$/;

/** Find a household: by a member's name and/or birth date, or by RRN (sent in the body, never in a URL). */
export function HouseholdSearchPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const navigate = useNavigate({ from: '/households' });
  const search = useSearch({ from: '/app/households' });
  const hasQuery = Boolean(search.name || search.birthDate);

  const form = useForm({
    mode: 'controlled',
    initialValues: { name: search.name ?? '', birthDate: search.birthDate ?? '' },
    validate: (v) =>
      v.name.trim() || v.birthDate
        ? {}
        : { name: t('search.needCriteria'), birthDate: t('search.needCriteria') },
  });
  useRelocalizedErrors(form);
  const results = useQuery({
    queryKey: ['households', 'search', search.name ?? '', search.birthDate ?? ''],
    queryFn: () => searchHouseholds(search),
    enabled: hasQuery,
  });

  const rrnForm = useForm({
    mode: 'controlled',
    initialValues: { rrn: '' },
    validate: { rrn: (v) => (RRN.test(v.trim()) ? null : t('search.rrnFormat')) },
  });
  const lookup = useMutation({
    mutationFn: async (rrn: string) => {
      const digits = rrn.replace('-', '');
      const person = await api.lookupPerson(`${digits.slice(0, 6)}-${digits.slice(6)}`);
      return { person, found: await searchHouseholds({ name: person.name, birthDate: person.birthDate }) };
    },
    onSuccess: () => rrnForm.reset(),
  });

  const columns = useMemo<ColumnDef<Hit, unknown>[]>(
    () => [
      {
        id: 'address',
        header: t('household.address'),
        accessorFn: (h) => h.address,
        cell: ({ row }) => (
          <AnchorLink to="/households/$householdId" params={{ householdId: row.original.id }}>
            {row.original.address}
          </AnchorLink>
        ),
      },
      {
        id: 'region',
        header: t('household.region'),
        accessorFn: (h) => regionName(h.regionCode, lang),
      },
      {
        id: 'members',
        header: t('household.members'),
        enableSorting: false,
        cell: ({ row }) => (
          <Group gap={6}>
            {row.original.members.map((m) => (
              <Badge
                key={m.personId}
                variant={m.matched ? 'filled' : 'light'}
                color={m.matched ? 'blue' : 'gray'}
                tt="none"
              >
                {m.person.name} · {t(`relation.${m.relation}`, { defaultValue: m.relation })} ·{' '}
                {m.person.birthDate} · {m.person.rrnMasked ?? t('person.noRrn')}
              </Badge>
            ))}
          </Group>
        ),
      },
      {
        id: 'open',
        header: '',
        enableSorting: false,
        cell: ({ row }) => (
          <ButtonLink
            size="xs"
            variant="light"
            to="/households/$householdId"
            params={{ householdId: row.original.id }}
          >
            {t('search.open')}
          </ButtonLink>
        ),
      },
    ],
    [t, lang],
  );

  return (
    <Stack>
      <PageHeader title={t('search.title')} subtitle={t('search.subtitle')} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder>
            <form
              aria-label={t('search.byName')}
              onSubmit={form.onSubmit((v) =>
                navigate({
                  search: { name: v.name.trim() || undefined, birthDate: v.birthDate || undefined },
                }),
              )}
              noValidate
            >
              <Title order={2} size="h5" mb="sm">
                {t('search.byName')}
              </Title>
              <Group align="flex-start" grow>
                <TextInput
                  label={t('search.name')}
                  placeholder={t('search.namePlaceholder')}
                  {...form.getInputProps('name')}
                />
                <DateInput
                  label={t('search.birthDate')}
                  valueFormat="YYYY-MM-DD"
                  placeholder="YYYY-MM-DD"
                  clearable
                  defaultLevel="decade"
                  {...form.getInputProps('birthDate')}
                  onChange={(v) => form.setFieldValue('birthDate', v ?? '')}
                />
              </Group>
              <Group mt="md">
                <Button type="submit" leftSection={<IconSearch size={16} />}>
                  {t('search.submit')}
                </Button>
              </Group>
            </form>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder>
            <form
              aria-label={t('search.byRrn')}
              onSubmit={rrnForm.onSubmit((v) => lookup.mutate(v.rrn.trim()))}
              noValidate
            >
              <Title order={2} size="h5" mb="sm">
                {t('search.byRrn')}
              </Title>
              <TextInput
                label={t('search.rrn')}
                description={t('search.rrnHint')}
                placeholder="YYMMDD-NNNNNNN"
                autoComplete="off"
                inputMode="numeric"
                maxLength={14}
                {...rrnForm.getInputProps('rrn')}
              />
              <Group mt="md">
                <Button type="submit" variant="light" loading={lookup.isPending}>
                  {t('search.lookup')}
                </Button>
              </Group>
            </form>
            {lookup.error ? <ErrorAlert error={lookup.error} /> : null}
            {lookup.data ? (
              <Stack gap={4} mt="sm" data-testid="rrn-result">
                <Text size="sm">
                  {lookup.data.person.name} · {lookup.data.person.birthDate} · {lookup.data.person.rrnMasked}
                </Text>
                {lookup.data.found.households.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('search.noHousehold')}
                  </Text>
                ) : (
                  lookup.data.found.households.map((h) => (
                    <AnchorLink
                      key={h.id}
                      to="/households/$householdId"
                      params={{ householdId: h.id }}
                      size="sm"
                    >
                      {h.address}
                    </AnchorLink>
                  ))
                )}
              </Stack>
            ) : null}
          </Card>
        </Grid.Col>
      </Grid>
      {hasQuery ? (
        <Card withBorder>
          <Title order={2} size="h5" mb="sm">
            {t('search.results')}
          </Title>
          {results.isLoading ? <Loading /> : null}
          {results.error ? <ErrorAlert error={results.error} /> : null}
          {results.data ? (
            <DataTable
              label={t('search.results')}
              data={results.data.households}
              columns={columns}
              getRowId={(h) => h.id}
              emptyText={t('search.none')}
              testId="household-results"
            />
          ) : null}
        </Card>
      ) : null}
    </Stack>
  );
}
