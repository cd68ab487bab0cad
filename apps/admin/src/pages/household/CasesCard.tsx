import { Card, Text, Title } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type HouseholdView, personNames, useCases, useProgramName } from '../../api/queries';
import type { CaseView } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import { AnchorLink } from '../../components/links';
import { ErrorAlert, Loading, StageBadge } from '../../components/ui';
import { formatDateTime } from '../../lib/format';

/** The household's cases; closed ones are counted but not listed. */
export function CasesCard({ household }: { household: HouseholdView }) {
  const { t } = useTranslation();
  const cases = useCases({ householdId: household.id });
  const programName = useProgramName();
  const name = personNames(household);
  const open = (cases.data ?? []).filter((c) => c.stage !== 'closed');
  const closed = (cases.data ?? []).length - open.length;
  const columns = useMemo<ColumnDef<CaseView, unknown>[]>(
    () => [
      {
        id: 'program',
        header: t('cases.program'),
        accessorFn: (c) => programName(c.programId),
        cell: ({ row }) => (
          <AnchorLink to="/cases/$caseId" params={{ caseId: row.original.id }} size="sm">
            {programName(row.original.programId)}
          </AnchorLink>
        ),
      },
      {
        id: 'person',
        header: t('cases.person'),
        accessorFn: (c) => (c.personId ? name(c.personId) : t('benefits.wholeHousehold')),
      },
      {
        id: 'stage',
        header: t('cases.stage'),
        accessorFn: (c) => c.stage,
        cell: ({ row }) => <StageBadge stage={row.original.stage} state={row.original.state} />,
      },
      {
        id: 'updated',
        header: t('cases.updated'),
        accessorFn: (c) => c.updatedAt,
        cell: ({ row }) => formatDateTime(row.original.updatedAt),
      },
    ],
    [t, programName, name],
  );
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('cases.openForHousehold')}
      </Title>
      {cases.isLoading ? <Loading /> : null}
      {cases.error ? <ErrorAlert error={cases.error} /> : null}
      {cases.data ? (
        <DataTable
          label={t('cases.openForHousehold')}
          data={open}
          columns={columns}
          getRowId={(c) => c.id}
          emptyText={t('cases.none')}
          testId="household-cases"
        />
      ) : null}
      {closed > 0 ? (
        <Text size="xs" c="dimmed" mt="xs">
          {t('cases.closedCount', { count: closed })}
        </Text>
      ) : null}
    </Card>
  );
}
