import { Accordion, Badge, Card, Group, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import { type HouseholdView, keys, personNames } from '../../api/queries';
import type { LinkedRecord } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/ui';
import { useLang } from '../../i18n';
import { ageInDays, formatDateTime, formatKrw } from '../../lib/format';

/** Freshness of the latest record an agency delivered: green within a month, yellow within a quarter. */
function freshness(days: number): { color: string; key: string } {
  if (days <= 31) return { color: 'teal', key: 'records.fresh' };
  if (days <= 92) return { color: 'yellow', key: 'records.aging' };
  return { color: 'red', key: 'records.stale' };
}

function recordValue(r: LinkedRecord, lang: 'ko' | 'en', withheld: string): string {
  if (r.redacted) return withheld;
  if (r.category !== 'fact') return formatKrw(r.amountKrw, lang);
  if (r.value === null || r.value === undefined) return '—';
  if (typeof r.value === 'object') return JSON.stringify(r.value);
  return String(r.value);
}

/** Linked records of the current members, grouped by the agency that sent them, with how fresh each source is. */
export function RecordsCard({ household }: { household: HouseholdView }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const members = household.members.filter((m) => m.current);
  const name = personNames(household);
  const results = useQueries({
    queries: members.map((m) => ({
      queryKey: keys.records(m.personId),
      queryFn: () => api.records(m.personId),
    })),
  });
  const loading = results.some((r) => r.isLoading);
  const error = results.find((r) => r.error)?.error;
  const all = results.flatMap((r) => r.data ?? []);
  // Grouped by the agency's name: agency deliveries store the catalogue's code (NTS), records
  // entered by hand may give the name (국세청); both are one agency and one group.
  const agencyName = (a: string) => t(`agency.${a}`, { defaultValue: a });
  const byAgency = new Map<string, LinkedRecord[]>();
  for (const r of all) {
    const name = agencyName(r.sourceAgency);
    byAgency.set(name, [...(byAgency.get(name) ?? []), r]);
  }
  const groups = [...byAgency.entries()].sort(([a], [b]) => a.localeCompare(b, 'ko'));

  const columns = useMemo<ColumnDef<LinkedRecord, unknown>[]>(
    () => [
      { id: 'person', header: t('records.person'), accessorFn: (r) => name(r.personId) },
      {
        id: 'kind',
        header: t('records.kind'),
        accessorFn: (r) =>
          `${t(`category.${r.category}`)} · ${t(`recordKind.${r.kind}`, { defaultValue: r.kind })}`,
      },
      {
        id: 'value',
        meta: { nowrap: true },
        header: t('records.value'),
        accessorFn: (r) => r.amountKrw ?? 0,
        cell: ({ row }) => recordValue(row.original, lang, t('records.withheld')),
      },
      {
        id: 'dataType',
        header: t('records.dataType'),
        accessorFn: (r) => r.dataType,
        cell: ({ row }) => <code>{row.original.dataType}</code>,
      },
      {
        id: 'period',
        header: t('records.period'),
        accessorFn: (r) => r.periodFrom,
        cell: ({ row }) => `${row.original.periodFrom} → ${row.original.periodTo ?? ''}`,
      },
      {
        id: 'received',
        meta: { nowrap: true },
        header: t('records.received'),
        accessorFn: (r) => r.receivedAt,
        cell: ({ row }) => formatDateTime(row.original.receivedAt),
      },
    ],
    [t, lang, name],
  );

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('records.title')}
      </Title>
      {loading ? <Loading /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {!loading && groups.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('records.none')}
        </Text>
      ) : null}
      <Accordion multiple variant="separated" chevronPosition="left">
        {groups.map(([agency, records]) => {
          const latest =
            records
              .map((r) => r.receivedAt)
              .sort()
              .at(-1) ?? '';
          const days = ageInDays(latest);
          const f = freshness(days);
          return (
            <Accordion.Item key={agency} value={agency} data-testid="record-agency">
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" pr="sm">
                  <Text fw={600}>{agency}</Text>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="xs" c="dimmed">
                      {t('records.count', { count: records.length })} ·{' '}
                      {t('records.latest', { date: formatDateTime(latest), days })}
                    </Text>
                    <Badge color={f.color} variant="light" style={{ flexShrink: 0 }}>
                      {t(f.key)}
                    </Badge>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <DataTable label={agency} data={records} columns={columns} getRowId={(r) => r.id} />
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Card>
  );
}
