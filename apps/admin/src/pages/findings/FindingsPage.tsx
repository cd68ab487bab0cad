import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef, RowSelectionState } from '@tanstack/react-table';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import { useFindings, useProgramName } from '../../api/queries';
import type { Finding } from '../../api/types';
import { useSessionUser } from '../../auth/session';
import { DataTable } from '../../components/DataTable';
import { AnchorLink, SubjectLink } from '../../components/links';
import {
  ErrorAlert,
  FidelityFilter,
  FindingKindBadge,
  findingUrgency,
  Loading,
  MoreButton,
  PageHeader,
} from '../../components/ui';
import { useRelocalizedErrors } from '../../forms/use-relocalized-errors';
import { useLang } from '../../i18n';
import { formatDateTime, formatKrw } from '../../lib/format';
import { DiffTable } from './DiffTable';
import { actionsFor, identityOf, type ResolveAction } from './finding-actions';

const kinds = ['noLongerEligible', 'amountChanged', 'newlyEligible', 'duplicate'] as const;

function ResolvePanel({ findings, onDone }: { findings: Finding[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const user = useSessionUser();
  const queryClient = useQueryClient();
  const first = findings[0]!;
  const actions = actionsFor(first.kind, user?.role);
  const [progress, setProgress] = useState<{ done: number; failed: { id: string; error: unknown }[] } | null>(
    null,
  );
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      action: actions[0] as ResolveAction,
      reason: '',
      amountKrw: (first.detail.newAmountKrw ?? '') as number | string,
    },
    validate: {
      reason: (v) => (v.trim() ? null : t('validation.required')),
      amountKrw: (v, values) =>
        values.action === 'changeAmount' && (v === '' || Number(v) < 0) ? t('validation.required') : null,
    },
  });
  useRelocalizedErrors(form);
  const resolve = useMutation({
    // Bulk confirmation is one request per finding, in order; each either succeeds or is reported.
    mutationFn: async (v: typeof form.values) => {
      const failed: { id: string; error: unknown }[] = [];
      let done = 0;
      setProgress({ done, failed });
      for (const f of findings) {
        try {
          await api.resolveFinding(f.id, {
            action: v.action,
            reason: v.reason.trim(),
            ...(v.action === 'changeAmount' ? { amountKrw: Number(v.amountKrw) } : {}),
          });
          done++;
        } catch (error) {
          failed.push({ id: f.id, error });
        }
        setProgress({ done, failed: [...failed] });
      }
      return { done, failed };
    },
    onSuccess: ({ done, failed }) => {
      void queryClient.invalidateQueries({ queryKey: ['findings'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
      if (done) notifications.show({ color: 'teal', message: t('findings.resolved', { count: done }) });
      if (!failed.length) onDone();
    },
  });
  const failedError = progress?.failed[0]?.error;
  return (
    <Card withBorder data-testid="resolve-panel">
      <Title order={2} size="h4" mb="xs">
        {findings.length > 1
          ? t('findings.bulkTitle', { count: findings.length })
          : t('findings.resolveTitle')}
      </Title>
      {first.detail.diff ? (
        <DiffTable diff={first.detail.diff} personName={(id) => `${id.slice(0, 8)}…`} />
      ) : null}
      {first.kind === 'amountChanged' ? (
        <Text size="sm" mt="xs">
          {t('findings.amountChange', {
            before: formatKrw(first.detail.previousAmountKrw, lang),
            after: formatKrw(first.detail.newAmountKrw, lang),
          })}
        </Text>
      ) : null}
      <form onSubmit={form.onSubmit((v) => resolve.mutate(v))} noValidate>
        <Stack mt="sm" gap="xs">
          <Select
            label={t('findings.action')}
            data={actions.map((a) => ({ value: a, label: t(`findingAction.${a}`) }))}
            allowDeselect={false}
            {...form.getInputProps('action')}
          />
          {user?.role !== 'supervisor' && first.kind !== 'newlyEligible' ? (
            <Text size="xs" c="dimmed">
              {t('findings.supervisorOnly')}
            </Text>
          ) : null}
          {form.values.action === 'changeAmount' ? (
            <NumberInput
              label={t('caseEvent.newAmount')}
              min={0}
              thousandSeparator=","
              suffix={t('caseEvent.won')}
              required
              {...form.getInputProps('amountKrw')}
            />
          ) : null}
          <Textarea
            label={t('findings.reason')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps('reason')}
          />
          {progress && findings.length > 1 ? (
            <Progress
              value={((progress.done + progress.failed.length) / findings.length) * 100}
              aria-label={t('findings.progress')}
            />
          ) : null}
          {failedError ? (
            <>
              <ErrorAlert
                error={failedError}
                title={t('findings.someFailed', { count: progress?.failed.length ?? 0 })}
              />
              {failedError instanceof ApiError && first.kind === 'newlyEligible' ? (
                <AnchorLink
                  to="/households/$householdId/intake"
                  params={{ householdId: first.householdId }}
                  search={{
                    programId: first.programId,
                    ...(first.personId ? { personId: first.personId } : {}),
                  }}
                  size="sm"
                >
                  {t('findings.openIntake')}
                </AnchorLink>
              ) : null}
            </>
          ) : null}
          <Group>
            <Button
              type="submit"
              loading={resolve.isPending}
              color={form.values.action === 'dismiss' ? 'gray' : 'blue'}
            >
              {findings.length > 1 ? t('findings.applyAll', { count: findings.length }) : t('findings.apply')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** Findings queues: re-investigation results and duplicate provision, confirmed or dismissed with a reason, alone or in bulk. */

export function FindingsPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const user = useSessionUser();
  const search = useSearch({ from: '/app/findings' });
  const navigate = useNavigate({ from: '/findings' });
  const status = search.status ?? 'open';
  const fidelity = search.fidelity === 'statutory' || search.fidelity === 'summary' ? search.fidelity : 'all';
  const findings = useFindings({
    kind: search.kind,
    status,
    fidelity: fidelity === 'all' ? undefined : fidelity,
  });
  const programName = useProgramName();
  const queryClient = useQueryClient();
  const [selection, setSelection] = useState<RowSelectionState>({});
  const list = findings.data ?? [];
  const selected = list.filter((f) => selection[f.id]);
  const identity = selected[0] ? identityOf(selected[0]) : null;

  const done = () => {
    void queryClient.invalidateQueries({ queryKey: ['findings'] });
    notifications.show({ color: 'teal', message: t('findings.runDone') });
  };
  // A re-investigation goes on in the API's background (it may cover a whole region): followed here
  // until it completes — also one started earlier (the page left and opened again, or another
  // supervisor's), found among the runs still running.
  const [runningId, setRunningId] = useState<string | null>(null);
  const decider = user?.role === 'supervisor' || user?.role === 'admin';
  const stillRunning = useQuery({
    queryKey: ['reinvestigations', 'running'],
    queryFn: () => api.reinvestigations({ status: 'running', limit: 1 }),
    enabled: decider,
  });
  // Each run is followed once: one that completed is not taken up again from the list read before.
  const followed = useRef(new Set<string>());
  useEffect(() => {
    const earlier = stillRunning.data?.[0];
    if (earlier && runningId === null && !followed.current.has(earlier.id)) setRunningId(earlier.id);
  }, [stillRunning.data, runningId]);
  useEffect(() => {
    if (runningId) followed.current.add(runningId);
  }, [runningId]);
  const following = useQuery({
    queryKey: ['reinvestigation', runningId],
    queryFn: () => api.reinvestigation(runningId!),
    enabled: runningId !== null,
    refetchInterval: (q) => (q.state.data?.status === 'completed' ? false : 1000),
  });
  useEffect(() => {
    if (runningId && following.data?.id === runningId && following.data.status === 'completed') {
      setRunningId(null);
      done();
    }
  });
  const run = useMutation({
    mutationFn: async (what: 'reinvestigate' | 'sweep') => {
      if (what === 'sweep') return void (await api.sweepDuplicates());
      const started = await api.reinvestigate();
      if (started.status === 'completed') return;
      setRunningId(started.id);
      return started.id;
    },
    onSuccess: (id) => {
      if (!id) done();
    },
  });
  const reinvestigating = (run.isPending && run.variables === 'reinvestigate') || runningId !== null;

  const columns = useMemo<ColumnDef<Finding, unknown>[]>(
    () => [
      {
        id: 'select',
        header: '',
        enableSorting: false,
        cell: ({ row }) => (
          <Checkbox
            aria-label={t('findings.select', { program: programName(row.original.programId) })}
            checked={row.getIsSelected()}
            disabled={!row.getCanSelect()}
            onChange={row.getToggleSelectedHandler()}
          />
        ),
      },
      {
        id: 'kind',
        header: t('findings.kind'),
        // Sorted by urgency, as the API lists them: no longer eligible first, people to invite last.
        accessorFn: (f) => findingUrgency.indexOf(f.kind),
        cell: ({ row }) => <FindingKindBadge kind={row.original.kind} />,
      },
      { id: 'program', header: t('findings.program'), accessorFn: (f) => programName(f.programId) },
      {
        id: 'amounts',
        header: t('findings.amounts'),
        enableSorting: false,
        cell: ({ row }) => {
          const d = row.original.detail;
          if (d.previousAmountKrw === undefined && d.newAmountKrw === undefined) return '—';
          return `${formatKrw(d.previousAmountKrw ?? null, lang)} → ${d.newAmountKrw !== undefined ? formatKrw(d.newAmountKrw, lang) : t(`outcome.${d.outcome ?? 'ineligible'}`)}`;
        },
      },
      {
        id: 'subject',
        header: t('subject.label'),
        accessorFn: (f) => f.subject?.name ?? '',
        cell: ({ row }) => (
          <SubjectLink householdId={row.original.householdId} subject={row.original.subject} />
        ),
      },
      {
        id: 'created',
        header: t('findings.created'),
        accessorFn: (f) => f.createdAt,
        cell: ({ row }) => formatDateTime(row.original.createdAt),
      },
      ...(status === 'open'
        ? []
        : ([
            {
              id: 'resolution',
              header: t('findings.resolution'),
              enableSorting: false,
              cell: ({ row }) =>
                row.original.resolution
                  ? `${t(`findingAction.${row.original.resolution.action}`, { defaultValue: row.original.resolution.action })}: ${row.original.resolution.reason}`
                  : '—',
            },
          ] as ColumnDef<Finding, unknown>[])),
      ...(status === 'open'
        ? ([
            {
              id: 'work',
              header: '',
              enableSorting: false,
              cell: ({ row }) => (
                <Button size="xs" variant="light" onClick={() => setSelection({ [row.original.id]: true })}>
                  {t('findings.work')}
                </Button>
              ),
            },
          ] as ColumnDef<Finding, unknown>[])
        : []),
    ],
    [t, lang, programName, status],
  );

  return (
    <Stack>
      <PageHeader title={t('findings.title')} subtitle={t('findings.subtitle')}>
        {user?.role === 'supervisor' || user?.role === 'admin' ? (
          <>
            <Button variant="light" loading={reinvestigating} onClick={() => run.mutate('reinvestigate')}>
              {t('findings.runReinvestigation')}
            </Button>
            <Button
              variant="light"
              loading={run.isPending && run.variables === 'sweep'}
              onClick={() => run.mutate('sweep')}
            >
              {t('findings.runSweep')}
            </Button>
          </>
        ) : null}
      </PageHeader>
      {run.error ? <ErrorAlert error={run.error} /> : null}
      {following.error ? <ErrorAlert error={following.error} /> : null}
      {runningId !== null ? (
        <Alert color="blue" data-testid="reinvestigation-progress">
          {following.data?.scope?.total !== undefined
            ? t('findings.runProgressOf', {
                count: following.data.counts.processed ?? 0,
                total: following.data.scope.total,
              })
            : t('findings.runProgress', { count: following.data?.counts.processed ?? 0 })}
        </Alert>
      ) : null}
      <Group>
        <SegmentedControl
          aria-label={t('findings.kind')}
          value={search.kind ?? 'all'}
          onChange={(v) => {
            setSelection({});
            void navigate({ search: (prev) => ({ ...prev, kind: v === 'all' ? undefined : v }) });
          }}
          data={[
            { value: 'all', label: t('findings.allKinds') },
            ...kinds.map((k) => ({ value: k, label: t(`findingKind.${k}`) })),
          ]}
        />
        <SegmentedControl
          aria-label={t('findings.status')}
          value={status}
          onChange={(v) => {
            setSelection({});
            void navigate({ search: (prev) => ({ ...prev, status: v === 'open' ? undefined : v }) });
          }}
          data={['open', 'confirmed', 'dismissed'].map((s) => ({ value: s, label: t(`findingStatus.${s}`) }))}
        />
        <FidelityFilter
          value={fidelity}
          onChange={(v) => {
            setSelection({});
            void navigate({ search: (prev) => ({ ...prev, fidelity: v === 'all' ? undefined : v }) });
          }}
        />
      </Group>
      {selected.length > 0 ? (
        <Alert variant="light" p="xs">
          <Text size="sm">{t('findings.selectedHint', { count: selected.length })}</Text>
        </Alert>
      ) : null}
      {selected.length > 0 ? (
        <ResolvePanel
          key={selected.map((f) => f.id).join(',')}
          findings={selected}
          onDone={() => setSelection({})}
        />
      ) : null}
      <Card withBorder>
        {findings.isLoading ? <Loading /> : null}
        {findings.error ? <ErrorAlert error={findings.error} /> : null}
        <DataTable
          label={t('findings.title')}
          data={list}
          columns={columns}
          getRowId={(f) => f.id}
          rowSelection={selection}
          onRowSelectionChange={setSelection}
          canSelect={(f) => f.status === 'open' && (identity === null || identityOf(f) === identity)}
          emptyText={t('findings.none')}
          testId="findings"
        />
        <MoreButton pages={findings} />
      </Card>
    </Stack>
  );
}
