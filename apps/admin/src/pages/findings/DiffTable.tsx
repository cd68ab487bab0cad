import { Group, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffLine } from '../../api/types';
import { DataTable } from '../../components/DataTable';
import { OutcomeBadge } from '../../components/ui';
import { useLang } from '../../i18n';

const show = (v: unknown) =>
  v === undefined || v === null
    ? '—'
    : typeof v === 'number'
      ? v.toLocaleString('ko-KR')
      : Array.isArray(v)
        ? v.join(', ')
        : String(v);

function Side({ side }: { side: DiffLine['before'] }) {
  const { t } = useTranslation();
  if (!side)
    return (
      <Text size="xs" c="dimmed">
        {t('findings.absent')}
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <OutcomeBadge outcome={side.outcome} />
      <Text size="xs">
        {show(side.actual)} / {show(side.threshold)}
      </Text>
    </Group>
  );
}

/** The explanation diff of a finding: each criterion whose outcome, value or threshold changed. */
export function DiffTable({ diff, personName }: { diff: DiffLine[]; personName: (id: string) => string }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const columns = useMemo<ColumnDef<DiffLine, unknown>[]>(
    () => [
      {
        id: 'label',
        header: t('findings.criterion'),
        accessorFn: (d) => pick(d.label),
        cell: ({ row }) => (
          <Text size="sm">
            {pick(row.original.label)}
            {row.original.personId ? (
              <Text span size="xs" c="dimmed">
                {' '}
                ({personName(row.original.personId)})
              </Text>
            ) : null}
          </Text>
        ),
      },
      {
        id: 'before',
        header: t('findings.before'),
        enableSorting: false,
        cell: ({ row }) => <Side side={row.original.before} />,
      },
      {
        id: 'after',
        header: t('findings.after'),
        enableSorting: false,
        cell: ({ row }) => <Side side={row.original.after} />,
      },
    ],
    [t, pick, personName],
  );
  return (
    <DataTable
      label={t('findings.diff')}
      data={diff}
      columns={columns}
      emptyText={t('findings.noDiff')}
      testId="finding-diff"
    />
  );
}
