import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Progress,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import { usePrograms } from '../../api/queries';
import type { DiscoveryLead, ScreeningRun } from '../../api/types';
import { useSessionUser } from '../../auth/session';
import { DataTable } from '../../components/DataTable';
import { ExplanationTree } from '../../components/ExplanationTree';
import { ButtonLink, HouseholdLink } from '../../components/links';
import {
  ErrorAlert,
  FidelityBadge,
  type FidelityChoice,
  FidelityFilter,
  Loading,
  MoreButton,
  OutcomeBadge,
  PageHeader,
} from '../../components/ui';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { regionName } from '../../lib/regions';

type Count = ScreeningRun['counts'][number];

/** Why the run found this household eligible: its explanation on the run's date, rebuilt by the API. */
function ExplanationModal({
  runId,
  lead,
  programId,
  programName,
  onClose,
}: {
  runId: string;
  lead: DiscoveryLead;
  programId: string;
  programName: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const explained = useQuery({
    queryKey: ['screening-explanation', runId, lead.householdId, programId],
    queryFn: () => api.screeningExplanation(runId, lead.householdId, programId),
  });
  const name = (id: string) => (id === lead.contact?.personId ? lead.contact.name : `${id.slice(0, 8)}…`);
  const evaluations = (explained.data ?? []).filter((e) =>
    lead.personId ? e.personId === lead.personId : true,
  );
  return (
    <Modal opened onClose={onClose} size="xl" title={`${t('discovery.why')} · ${programName}`}>
      {explained.isLoading ? <Loading /> : null}
      {explained.error ? <ErrorAlert error={explained.error} /> : null}
      {evaluations.map((e) => (
        <Stack key={`${e.programId}:${e.personId ?? ''}`} gap="xs">
          <Group gap="xs">
            <OutcomeBadge outcome={e.outcome} />
            {e.personId ? <Text size="sm">{name(e.personId)}</Text> : null}
          </Group>
          {typeof e.explanation === 'object' && e.explanation ? (
            <ExplanationTree explanation={e.explanation} personName={name} />
          ) : (
            // An administrator's answer carries no figures (field-level minimisation).
            <Text size="sm" c="dimmed">
              {t('discovery.withheld')}
            </Text>
          )}
        </Stack>
      ))}
    </Modal>
  );
}

/**
 * Proactive discovery (복지 사각지대 발굴): population screening runs, what each found per program,
 * and the people in the caller's jurisdiction found eligible for a program they neither receive
 * nor have applied for — each with the reason and a way to start the application.
 */
export function DiscoveryPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const user = useSessionUser();
  const search = useSearch({ from: '/app/discovery' });
  const navigate = useNavigate({ from: '/discovery' });
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState('');
  const [fidelity, setFidelity] = useState<FidelityChoice>('all');
  const catalogue = usePrograms();
  const described = useMemo(
    () => new Map((catalogue.data?.programs ?? []).map((p) => [p.id, p])),
    [catalogue.data],
  );
  const [explaining, setExplaining] = useState<DiscoveryLead | null>(null);

  const runs = useQuery({ queryKey: ['screening-runs'], queryFn: api.screeningRuns });
  const runId = search.run ?? runs.data?.[0]?.id;
  const run = useQuery({
    queryKey: ['screening-run', runId],
    queryFn: () => api.screeningRun(runId!),
    enabled: Boolean(runId),
    // A running run is followed until it is done.
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 2000 : false),
  });
  const programId = search.program;
  const leads = useInfiniteQuery({
    queryKey: ['discoveries', runId, programId],
    queryFn: ({ pageParam }) => api.discoveries(runId!, { programId: programId!, after: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    enabled: Boolean(runId && programId && run.data?.status === 'done'),
  });
  const start = useMutation({
    mutationFn: api.startScreeningRun,
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: ['screening-runs'] });
      void navigate({ search: { run: r.id } });
      notifications.show({ color: 'teal', message: t('discovery.started') });
    },
  });

  const cancel = useMutation({
    mutationFn: (id: string) => api.cancelScreeningRun(id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['screening-runs'] });
      void queryClient.invalidateQueries({ queryKey: ['screening-run'] });
      notifications.show({ color: 'teal', message: t('discovery.cancelled') });
    },
  });

  const counts = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return [...(run.data?.counts ?? [])]
      .filter((c) => c.eligible > 0)
      .filter((c) => fidelity === 'all' || described.get(c.programId)?.fidelity === fidelity)
      .filter(
        (c) =>
          !needle ||
          c.programId.toLowerCase().includes(needle) ||
          (c.name && (c.name.ko.includes(needle) || c.name.en.toLowerCase().includes(needle))),
      )
      .sort((a, b) => b.eligible - a.eligible);
  }, [run.data, filter, fidelity, described]);
  const programName = (id: string) => {
    const c = run.data?.counts.find((x) => x.programId === id);
    return c?.name ? pick(c.name) : id;
  };

  const countColumns = useMemo<ColumnDef<Count, unknown>[]>(
    () => [
      {
        id: 'program',
        header: t('discovery.program'),
        accessorFn: (c) => (c.name ? pick(c.name) : c.programId),
        cell: ({ row }) => (
          // A long name wraps (a button's label would not, and the counts left the screen in English).
          <Anchor
            component="button"
            type="button"
            size="sm"
            ta="left"
            fw={500}
            onClick={() =>
              void navigate({ search: (prev) => ({ ...prev, run: runId, program: row.original.programId }) })
            }
          >
            {row.original.name ? pick(row.original.name) : row.original.programId}
          </Anchor>
        ),
      },
      {
        id: 'provision',
        header: t('programs.provision'),
        accessorFn: (c) => {
          const provision = described.get(c.programId)?.provision;
          return provision ? t(`provision.${provision}`, { defaultValue: provision }) : '';
        },
      },
      {
        id: 'fidelity',
        header: t('programs.fidelity'),
        accessorFn: (c) => described.get(c.programId)?.fidelity ?? '',
        cell: ({ getValue }) => {
          const f = getValue() as string;
          return f ? <FidelityBadge fidelity={f} /> : null;
        },
      },
      { id: 'eligible', header: t('outcome.eligible'), accessorFn: (c) => c.eligible },
      { id: 'undetermined', header: t('outcome.undetermined'), accessorFn: (c) => c.undetermined },
      { id: 'ineligible', header: t('outcome.ineligible'), accessorFn: (c) => c.ineligible },
    ],
    [t, pick, navigate, runId, described],
  );

  const leadColumns = useMemo<ColumnDef<DiscoveryLead, unknown>[]>(
    () => [
      { id: 'name', header: t('discovery.name'), accessorFn: (l) => l.contact?.name ?? '—' },
      { id: 'birthDate', header: t('discovery.birthDate'), accessorFn: (l) => l.contact?.birthDate ?? '—' },
      { id: 'region', header: t('discovery.region'), accessorFn: (l) => regionName(l.regionCode, lang) },
      { id: 'address', header: t('discovery.address'), accessorFn: (l) => l.address },
      {
        id: 'actions',
        header: '',
        enableSorting: false,
        cell: ({ row }) => (
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="light" onClick={() => setExplaining(row.original)}>
              {t('discovery.why')}
            </Button>
            <HouseholdLink householdId={row.original.householdId} label={t('findings.openHousehold')} />
            <ButtonLink
              size="xs"
              to="/households/$householdId/intake"
              params={{ householdId: row.original.householdId }}
              search={{ programId, ...(row.original.personId ? { personId: row.original.personId } : {}) }}
            >
              {t('discovery.apply')}
            </ButtonLink>
          </Group>
        ),
      },
    ],
    [t, lang, programId],
  );

  const r = run.data;
  const items = leads.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack>
      <PageHeader title={t('discovery.title')} subtitle={t('discovery.subtitle')}>
        {user?.role === 'admin' ? (
          <Button loading={start.isPending} onClick={() => start.mutate()}>
            {t('discovery.start')}
          </Button>
        ) : null}
      </PageHeader>
      {start.error ? <ErrorAlert error={start.error} /> : null}
      {runs.isLoading ? <Loading /> : null}
      {runs.error ? <ErrorAlert error={runs.error} /> : null}
      {runs.data && runs.data.length === 0 ? <Text c="dimmed">{t('discovery.noRuns')}</Text> : null}
      {runs.data && runs.data.length > 0 ? (
        <Select
          label={t('discovery.run')}
          w={420}
          allowDeselect={false}
          value={runId ?? null}
          onChange={(v) => v && void navigate({ search: { run: v } })}
          data={runs.data.map((x) => ({
            value: x.id,
            label: t('discovery.runLabel', {
              date: x.referenceDate,
              status: t(`discovery.status.${x.status}`, { defaultValue: x.status }),
              created: formatDateTime(x.createdAt),
            }),
          }))}
        />
      ) : null}
      {run.error ? <ErrorAlert error={run.error} /> : null}
      {r ? (
        <Card withBorder data-testid="screening-run">
          <Group gap="xs">
            <Badge
              color={r.status === 'done' ? 'teal' : r.status === 'cancelled' ? 'gray' : 'blue'}
              variant="light"
            >
              {t(`discovery.status.${r.status}`, { defaultValue: r.status })}
            </Badge>
            <Text size="sm">
              {t('discovery.runFacts', {
                date: r.referenceDate,
                households: r.households.toLocaleString(lang),
                programs: r.counts.length,
              })}
            </Text>
          </Group>
          {r.rescreenedHouseholds > 0 ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t('discovery.rescreened', { count: r.rescreenedHouseholds })}
            </Text>
          ) : null}
          {r.status === 'running' && user?.role === 'admin' ? (
            <Button
              mt="xs"
              size="xs"
              variant="light"
              color="red"
              loading={cancel.isPending}
              onClick={() => cancel.mutate(r.id)}
            >
              {t('discovery.cancel')}
            </Button>
          ) : null}
          {cancel.error ? <ErrorAlert error={cancel.error} /> : null}
          {r.status === 'running' ? (
            <Progress
              mt="xs"
              value={(100 * r.partitionsDone) / Math.max(1, r.partitions)}
              aria-label={t('discovery.progress')}
            />
          ) : null}
        </Card>
      ) : null}
      {r && programId ? (
        <Card withBorder>
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('discovery.leadsFor', { program: programName(programId) })}
            </Title>
            <Button variant="subtle" size="xs" onClick={() => void navigate({ search: { run: runId } })}>
              {t('discovery.allPrograms')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed" mb="xs">
            {t('discovery.leadsHint')}
          </Text>
          {r.status !== 'done' ? <Text size="sm">{t('discovery.waitForRun')}</Text> : null}
          {leads.isLoading ? <Loading /> : null}
          {leads.error ? <ErrorAlert error={leads.error} /> : null}
          <DataTable
            label={t('discovery.leads')}
            data={items}
            columns={leadColumns}
            getRowId={(l) => `${l.householdId}.${l.personId ?? ''}`}
            emptyText={t('discovery.noLeads')}
            testId="leads"
          />
          <MoreButton pages={leads} />
        </Card>
      ) : null}
      {r && !programId ? (
        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4">
              {t('discovery.byProgram')}
            </Title>
            <Group>
              <FidelityFilter value={fidelity} onChange={setFidelity} />
              <TextInput
                aria-label={t('discovery.filter')}
                placeholder={t('discovery.filter')}
                value={filter}
                onChange={(e) => setFilter(e.currentTarget.value)}
              />
            </Group>
          </Group>
          <DataTable
            label={t('discovery.byProgram')}
            data={counts}
            columns={countColumns}
            getRowId={(c) => c.programId}
            emptyText={t('discovery.noneEligible')}
            testId="program-counts"
          />
        </Card>
      ) : null}
      {explaining && runId && programId ? (
        <ExplanationModal
          runId={runId}
          lead={explaining}
          programId={programId}
          programName={programName(programId)}
          onClose={() => setExplaining(null)}
        />
      ) : null}
    </Stack>
  );
}
