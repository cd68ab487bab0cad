import { Badge, Card, Switch, Text, Title } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HouseholdView, Member } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { CardHeader } from '../../components/ui';

function age(birthDate: string, asOf: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Members with relations and effective dates; the switch shows ended memberships too (the history). */
export function MembersCard({ household }: { household: HouseholdView }) {
  const { t } = useTranslation();
  const [showHistory, setShowHistory] = useState(false);
  const members = showHistory ? household.members : household.members.filter((m) => m.current);
  const ended = household.members.length - household.members.filter((m) => m.current).length;
  const columns = useMemo<ColumnDef<Member, unknown>[]>(
    () => [
      { id: 'name', header: t('person.name'), accessorFn: (m) => m.person.name },
      {
        id: 'relation',
        header: t('person.relation'),
        accessorFn: (m) => t(`relation.${m.relation}`, { defaultValue: m.relation }),
      },
      {
        id: 'birthDate',
        header: t('person.birthDate'),
        accessorFn: (m) => m.person.birthDate,
        cell: ({ row }) =>
          `${row.original.person.birthDate} (${t('person.age', { age: age(row.original.person.birthDate, household.asOf) })})`,
      },
      { id: 'sex', header: t('person.sex'), accessorFn: (m) => t(`sex.${m.person.sex}`) },
      {
        id: 'rrn',
        header: t('person.rrn'),
        enableSorting: false,
        cell: ({ row }) => <code>{row.original.person.rrnMasked ?? t('person.noRrn')}</code>,
      },
      {
        id: 'period',
        header: t('person.period'),
        accessorFn: (m) => m.effectiveFrom,
        cell: ({ row }) => {
          const m = row.original;
          return (
            <Text size="sm">
              {m.effectiveFrom} ({t(`reason.${m.startReason}`, { defaultValue: m.startReason })}) →{' '}
              {m.effectiveTo
                ? `${m.effectiveTo} (${t(`reason.${m.endReason}`, { defaultValue: m.endReason ?? '' })})`
                : ''}
            </Text>
          );
        },
      },
      {
        id: 'status',
        header: t('person.status'),
        accessorFn: (m) => (m.current ? 1 : 0),
        cell: ({ row }) =>
          row.original.current ? (
            <Badge color="teal" variant="light">
              {t('person.current')}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              {t('person.ended')}
            </Badge>
          ),
      },
    ],
    [t, household.asOf],
  );
  const residenceColumns = useMemo<ColumnDef<HouseholdView['residenceHistory'][number], unknown>[]>(
    () => [
      { id: 'from', header: t('household.from'), accessorFn: (r) => r.effectiveFrom },
      { id: 'address', header: t('household.address'), accessorFn: (r) => r.address },
      {
        id: 'kind',
        header: t('household.changeKind'),
        accessorFn: (r) => t(`changeKind.${r.kind}`, { defaultValue: r.kind }),
      },
    ],
    [t],
  );
  return (
    <Card withBorder>
      <CardHeader title={t('household.members')}>
        <Switch
          label={t('household.showHistory', { count: ended })}
          checked={showHistory}
          onChange={(e) => setShowHistory(e.currentTarget.checked)}
        />
      </CardHeader>
      <DataTable
        label={t('household.members')}
        data={members}
        columns={columns}
        getRowId={(m) => m.id}
        testId="members"
      />
      {showHistory && household.residenceHistory.length ? (
        <>
          <Title order={3} size="h5" mt="md" mb="xs">
            {t('household.residenceHistory')}
          </Title>
          <DataTable
            label={t('household.residenceHistory')}
            data={household.residenceHistory}
            columns={residenceColumns}
            testId="residence-history"
          />
        </>
      ) : null}
    </Card>
  );
}
