import { Badge, Card, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import type { ProgramSummary } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { AnchorLink } from '../../components/links';
import { ErrorAlert, FidelityBadge, FidelityFilter, Loading, PageHeader } from '../../components/ui';
import { useLang } from '../../i18n';

export const lifeCycles = ['pregnancy', 'infant', 'child', 'teen', 'youth', 'middleAge', 'senior'] as const;
export const situations = [
  'lowIncome',
  'disability',
  'singleParent',
  'multiChild',
  'multicultural',
  'veteran',
] as const;

/** The program catalogue: search and filter by ministry, life cycle, household situation and fidelity. */
export function ProgramsPage() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const search = useSearch({ from: '/app/programs' });
  const navigate = useNavigate({ from: '/programs' });
  const [q, setQ] = useState(search.q ?? '');
  const setSearchQ = useDebouncedCallback(
    (v: string) => navigate({ search: (prev) => ({ ...prev, q: v || undefined }) }),
    300,
  );
  const summary = useQuery({
    queryKey: ['programs', 'summary'],
    queryFn: api.programsSummary,
    staleTime: 10 * 60_000,
  });
  const programs = useQuery({
    queryKey: ['programs', 'list', search],
    queryFn: () => api.programs(search),
  });
  const set = (key: 'ministry' | 'lifeCycle' | 'situation' | 'fidelity') => (v: string | null) =>
    navigate({ search: (prev) => ({ ...prev, [key]: v && v !== 'all' ? v : undefined }) });

  const columns = useMemo<ColumnDef<ProgramSummary, unknown>[]>(
    () => [
      {
        id: 'name',
        header: t('programs.name'),
        accessorFn: (p) => pick(p.name),
        cell: ({ row }) => (
          <Stack gap={0}>
            <AnchorLink to="/programs/$programId" params={{ programId: row.original.id }} size="sm" fw={600}>
              {pick(row.original.name)}
            </AnchorLink>
            <Text size="xs" c="dimmed" lineClamp={1}>
              {pick(row.original.summary)}
            </Text>
          </Stack>
        ),
      },
      {
        id: 'ministry',
        header: t('programs.ministry'),
        accessorFn: (p) => t(`ministry.${p.ministry}`, { defaultValue: p.ministry }),
      },
      {
        id: 'lifeCycle',
        header: t('programs.lifeCycle'),
        enableSorting: false,
        cell: ({ row }) => (
          <Group gap={2}>
            {row.original.lifeCycle.map((l) => (
              <Badge key={l} size="xs" variant="light" color="grape">
                {t(`lifeCycle.${l}`, { defaultValue: l })}
              </Badge>
            ))}
          </Group>
        ),
      },
      {
        id: 'situations',
        header: t('programs.situation'),
        enableSorting: false,
        cell: ({ row }) => (
          <Group gap={2}>
            {row.original.situations.map((s) => (
              <Badge key={s} size="xs" variant="light" color="cyan">
                {t(`situation.${s}`, { defaultValue: s })}
              </Badge>
            ))}
          </Group>
        ),
      },
      {
        id: 'provision',
        header: t('programs.provision'),
        accessorFn: (p) => t(`provision.${p.provision}`, { defaultValue: p.provision }),
      },
      {
        id: 'fidelity',
        header: t('programs.fidelity'),
        accessorFn: (p) => p.fidelity,
        cell: ({ row }) => <FidelityBadge fidelity={row.original.fidelity} />,
      },
    ],
    [t, pick],
  );

  const s = summary.data;
  return (
    <Stack>
      <PageHeader title={t('programs.title')} subtitle={t('programs.subtitle')} />
      {s ? (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Card withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t('programs.total')}
            </Text>
            <Text fw={700} size="xl">
              {s.total}
            </Text>
          </Card>
          <Card withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t('fidelity.statutory')}
            </Text>
            <Text fw={700} size="xl">
              {s.byFidelity.statutory ?? 0}
            </Text>
          </Card>
          <Card withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t('fidelity.summary')}
            </Text>
            <Text fw={700} size="xl">
              {s.byFidelity.summary ?? 0}
            </Text>
          </Card>
          <Card withBorder p="sm">
            <Text size="xs" c="dimmed">
              {t('programs.coverage')}
            </Text>
            <Text fw={700} size="xl">
              {s.catalogue ? `${s.catalogue.covered} / ${s.catalogue.total}` : '—'}
            </Text>
          </Card>
        </SimpleGrid>
      ) : null}
      <Card withBorder>
        <Stack gap="sm">
          <Group align="flex-end" grow>
            <TextInput
              label={t('programs.search')}
              leftSection={<IconSearch size={16} />}
              value={q}
              onChange={(e) => {
                setQ(e.currentTarget.value);
                setSearchQ(e.currentTarget.value.trim());
              }}
            />
            <Select
              label={t('programs.ministry')}
              placeholder={t('programs.all')}
              clearable
              data={(s?.byMinistry ?? []).map((m) => ({
                value: m.ministry,
                label: `${t(`ministry.${m.ministry}`, { defaultValue: m.ministry })} (${m.total})`,
              }))}
              value={search.ministry ?? null}
              onChange={set('ministry')}
            />
            <Select
              label={t('programs.lifeCycle')}
              placeholder={t('programs.all')}
              clearable
              data={lifeCycles.map((l) => ({ value: l, label: t(`lifeCycle.${l}`) }))}
              value={search.lifeCycle ?? null}
              onChange={set('lifeCycle')}
            />
            <Select
              label={t('programs.situation')}
              placeholder={t('programs.all')}
              clearable
              data={situations.map((x) => ({ value: x, label: t(`situation.${x}`) }))}
              value={search.situation ?? null}
              onChange={set('situation')}
            />
          </Group>
          <Group>
            <FidelityFilter
              value={
                search.fidelity === 'statutory' || search.fidelity === 'summary' ? search.fidelity : 'all'
              }
              onChange={set('fidelity')}
            />
            <Text size="sm" c="dimmed" ml="auto">
              {t('programs.matching', { count: programs.data?.total ?? 0 })}
            </Text>
          </Group>
        </Stack>
      </Card>
      {programs.isLoading ? <Loading /> : null}
      {programs.error ? <ErrorAlert error={programs.error} /> : null}
      {summary.error ? <ErrorAlert error={summary.error} /> : null}
      {programs.data ? (
        <Card withBorder>
          <DataTable
            label={t('programs.title')}
            data={programs.data.programs}
            columns={columns}
            getRowId={(p) => p.id}
            emptyText={t('programs.none')}
            testId="programs"
          />
        </Card>
      ) : null}
    </Stack>
  );
}
