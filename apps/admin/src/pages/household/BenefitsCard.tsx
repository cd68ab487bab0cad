import { Badge, Card, Text, Title } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type HouseholdView, personNames, useBenefits, useProgramName } from '../../api/queries';
import type { Entitlement } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import { AnchorLink } from '../../components/links';
import { ErrorAlert, Loading } from '../../components/ui';
import { useLang } from '../../i18n';
import { formatKrw } from '../../lib/format';

const statusColor: Record<string, string> = { active: 'teal', suspended: 'yellow', ended: 'gray' };

/** The integrated benefit history: every entitlement of the household and its members, with the payment ledger. */
export function BenefitsCard({ household }: { household: HouseholdView }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const benefits = useBenefits(household.id);
  const programName = useProgramName();
  const name = personNames(household);
  const columns = useMemo<ColumnDef<Entitlement, unknown>[]>(
    () => [
      {
        id: 'program',
        header: t('benefits.program'),
        accessorFn: (e) => programName(e.programId),
        cell: ({ row }) => (
          <AnchorLink to="/programs/$programId" params={{ programId: row.original.programId }} size="sm">
            {programName(row.original.programId)}
          </AnchorLink>
        ),
      },
      {
        id: 'person',
        header: t('benefits.person'),
        accessorFn: (e) => (e.personId ? name(e.personId) : t('benefits.wholeHousehold')),
      },
      {
        id: 'source',
        header: t('benefits.source'),
        accessorFn: (e) =>
          e.source === 'external' ? (e.sourceMinistry ?? t('benefits.external')) : t('benefits.decision'),
      },
      {
        id: 'amount',
        meta: { nowrap: true },
        header: t('benefits.amount'),
        accessorFn: (e) => e.amountKrw ?? -1,
        cell: ({ row }) => formatKrw(row.original.amountKrw, lang),
      },
      {
        id: 'period',
        meta: { nowrap: true },
        header: t('benefits.period'),
        accessorFn: (e) => e.startDate,
        cell: ({ row }) => `${row.original.startDate} → ${row.original.endDate ?? ''}`,
      },
      {
        id: 'status',
        meta: { nowrap: true },
        header: t('benefits.status'),
        accessorFn: (e) => e.status,
        cell: ({ row }) => (
          <Badge color={statusColor[row.original.status] ?? 'gray'} variant="light">
            {t(`entitlementStatus.${row.original.status}`, { defaultValue: row.original.status })}
          </Badge>
        ),
      },
      {
        id: 'payments',
        header: t('benefits.payments'),
        enableSorting: false,
        cell: ({ row }) => {
          const p = row.original.payments;
          if (!p.length)
            return (
              <Text size="xs" c="dimmed">
                —
              </Text>
            );
          const paid = p.filter((x) => x.status === 'paid').length;
          return (
            <Text size="xs">
              {t('benefits.ledger', {
                count: p.length,
                paid,
                first: p[0]!.month,
                last: p[p.length - 1]!.month,
              })}
            </Text>
          );
        },
      },
    ],
    [t, lang, programName, name],
  );
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('benefits.title')}
      </Title>
      {benefits.isLoading ? <Loading /> : null}
      {benefits.error ? <ErrorAlert error={benefits.error} /> : null}
      {benefits.data ? (
        <DataTable
          label={t('benefits.title')}
          data={benefits.data}
          columns={columns}
          getRowId={(e) => e.id}
          emptyText={t('benefits.none')}
          testId="benefits"
        />
      ) : null}
    </Card>
  );
}
