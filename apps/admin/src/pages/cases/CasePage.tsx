import { Alert, Badge, Button, Card, Grid, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileText } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import {
  keys,
  personNames,
  useCase,
  useEvaluation,
  useHousehold,
  useProgram,
  useProgramName,
} from '../../api/queries';
import type { CaseView, Conflict } from '../../api/types';
import { ExplanationTree } from '../../components/ExplanationTree';
import { AnchorLink } from '../../components/links';
import { ErrorAlert, Loading, OutcomeBadge, PageHeader, StageBadge } from '../../components/ui';
import { useLang } from '../../i18n';
import { formatDateTime, formatKrw } from '../../lib/format';
import { type EventInput, EventModal } from './EventModal';
import { NoticeModal } from './NoticeModal';

function EvaluationCard({ id, personName }: { id: string; personName: (id: string) => string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const evaluation = useEvaluation(id);
  if (evaluation.isLoading) return <Loading />;
  if (evaluation.error || !evaluation.data) return <ErrorAlert error={evaluation.error} />;
  const e = evaluation.data;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <OutcomeBadge outcome={e.outcome} />
        {e.personId ? <Text size="sm">{personName(e.personId)}</Text> : null}
        <Text size="xs" c="dimmed">
          {t('explain.meta', { version: e.programVersion, date: formatDateTime(e.createdAt) })}
        </Text>
      </Group>
      {e.benefit?.status === 'determined' ? (
        <Text size="sm">
          {t('explain.benefit')}: <b>{formatKrw(e.benefit.amountKrw, lang)}</b>
        </Text>
      ) : null}
      <ExplanationTree explanation={e.explanation} personName={personName} />
    </Stack>
  );
}

function ConflictsAlert({
  conflicts,
  programName,
}: {
  conflicts: Conflict[];
  programName: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('case.conflictsTitle')}
      role="alert"
      data-testid="conflicts"
    >
      <List size="sm">
        {conflicts.map((c) => (
          <List.Item key={c.entitlementId}>
            {t('case.conflictLine', {
              program: programName(c.programId),
              kind: t(`exclusionKind.${c.kind}`),
              start: c.startDate ?? '—',
              status: c.status ? t(`entitlementStatus.${c.status}`, { defaultValue: c.status }) : '—',
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** A case: its timeline, the eligibility explanation, the determination, conflicts, the allowed actions and the notice. */
export function CasePage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { caseId } = useParams({ from: '/app/cases/$caseId' });
  const queryClient = useQueryClient();
  const caseQuery = useCase(caseId);
  const c = caseQuery.data;
  const household = useHousehold(c?.householdId ?? '');
  const program = useProgram(c?.programId);
  const programName = useProgramName();
  const name = personNames(household.data);
  const [eventType, setEventType] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [noticeOpen, setNoticeOpen] = useState(false);

  const send = useMutation({
    mutationFn: (input: EventInput) => api.sendCaseEvent(caseId, c!.version, input),
    onSuccess: (updated, input) => {
      setEventType(null);
      setConflicts(null);
      queryClient.setQueryData(keys.case(caseId), (old: CaseView | undefined) => ({ ...old, ...updated }));
      void queryClient.invalidateQueries({ queryKey: keys.case(caseId) });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
      void queryClient.invalidateQueries({ queryKey: keys.benefits(updated.householdId) });
      notifications.show({
        color: 'teal',
        message: t('case.eventDone', { event: t(`event.${input.type}`) }),
      });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409 && Array.isArray(e.details.conflicts)) {
        setEventType(null);
        setConflicts(e.details.conflicts as Conflict[]);
      }
      if (e instanceof ApiError && e.status === 412) {
        setEventType(null);
        void caseQuery.refetch();
      }
    },
  });

  if (caseQuery.isLoading) return <Loading />;
  if (caseQuery.error || !c) return <ErrorAlert error={caseQuery.error} />;

  const decided = (c.decisions ?? []).some((d) => d.kind === 'approve' || d.kind === 'reject');
  const determined = (c.events ?? []).filter((e) => e.event === 'DETERMINE_ENTITLEMENT').at(-1);
  const softConflicts = ((determined?.payload.conflicts as Conflict[] | undefined) ?? []).filter(
    (x) => x.kind === 'reduces',
  );
  const evaluationIds = c.context.evaluationIds;

  return (
    <Stack>
      <PageHeader
        title={programName(c.programId)}
        subtitle={
          <Group gap="xs" component="span">
            <StageBadge stage={c.stage} />
            {t(`state.${c.state}`, { defaultValue: c.state }) !== t(`stage.${c.stage}`) ? (
              <StageBadge stage={c.stage} state={c.state} />
            ) : null}
            <Text span size="xs" c="dimmed">
              {t('cases.caseNo', { id: c.id.slice(0, 8) })} · {t('case.version', { version: c.version })}
            </Text>
            <AnchorLink to="/households/$householdId" params={{ householdId: c.householdId }} size="sm">
              {household.data
                ? t('household.title', {
                    name:
                      household.data.members.find((m) => m.current && m.relation === 'head')?.person.name ??
                      '',
                  })
                : t('cases.household')}
            </AnchorLink>
            {c.personId ? (
              <Text span size="sm">
                · {t('case.applicant')}: {name(c.personId)}
              </Text>
            ) : null}
          </Group>
        }
      >
        {decided ? (
          <Button
            variant="light"
            leftSection={<IconFileText size={16} />}
            onClick={() => setNoticeOpen(true)}
          >
            {t('notice.open')}
          </Button>
        ) : null}
      </PageHeader>

      <Card withBorder component="section" aria-label={t('case.actions')}>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h5">
              {t('case.actions')}
            </Title>
            <Text size="xs" c="dimmed">
              {c.allowedEvents.length ? t('case.actionsHint') : t('case.noActions')}
            </Text>
          </Stack>
          <Group gap="xs" data-testid="case-actions">
            {c.allowedEvents.map((type) => (
              <Button
                key={type}
                size="sm"
                variant={
                  type === 'WITHDRAW' || type === 'REJECT' || type === 'TERMINATE' ? 'outline' : 'filled'
                }
                color={type === 'REJECT' || type === 'TERMINATE' || type === 'WITHDRAW' ? 'red' : 'blue'}
                onClick={() => setEventType(type)}
              >
                {t(`event.${type}`)}
              </Button>
            ))}
          </Group>
        </Group>
        {send.error && !(send.error instanceof ApiError && Array.isArray(send.error.details.conflicts)) ? (
          <ErrorAlert error={send.error} />
        ) : null}
        {conflicts ? <ConflictsAlert conflicts={conflicts} programName={programName} /> : null}
      </Card>

      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <Card withBorder component="section" aria-label={t('case.eligibility')}>
              <Title order={2} size="h4" mb="sm">
                {t('case.eligibility')}
              </Title>
              {evaluationIds.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('case.noEvaluation')}
                </Text>
              ) : (
                <Stack>
                  {evaluationIds.map((id) => (
                    <EvaluationCard key={id} id={id} personName={name} />
                  ))}
                </Stack>
              )}
            </Card>
            <Card withBorder component="section" aria-label={t('case.application')}>
              <Title order={2} size="h4" mb="sm">
                {t('case.application')}
              </Title>
              <Stack gap={2}>
                {Object.entries(c.application).map(([k, v]) => {
                  const label = program.data?.form.jsonSchema.properties?.[k]?.label;
                  return (
                    <Text size="sm" key={k}>
                      <Text span c="dimmed" size="sm">
                        {label ? pick(label) : k}:
                      </Text>{' '}
                      {typeof v === 'boolean'
                        ? t(v ? 'common.yes' : 'common.no')
                        : Array.isArray(v)
                          ? v.map((x) => t(`enum.${k}.${x}`, { defaultValue: String(x) })).join(', ')
                          : t(`enum.${k}.${String(v)}`, { defaultValue: String(v) })}
                    </Text>
                  );
                })}
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <Card withBorder component="section" aria-label={t('case.determination')}>
              <Title order={2} size="h4" mb="sm">
                {t('case.determination')}
              </Title>
              <Stack gap={4}>
                <Text size="sm">
                  {t('case.outcome')}: <OutcomeBadge outcome={c.context.outcome} />
                </Text>
                <Text size="sm">
                  {t('case.amount')}: <b>{formatKrw(c.context.amountKrw, lang)}</b>
                  {program.data
                    ? ` (${t(`cycle.${program.data.cycle}`, { defaultValue: program.data.cycle })})`
                    : ''}
                </Text>
                <Text size="sm">
                  {t('case.period')}: {c.context.startDate ?? '—'} → {c.context.endDate || ''}
                </Text>
                {program.data ? (
                  <Text size="xs" c="dimmed">
                    {pick(program.data.benefit.description)}
                  </Text>
                ) : null}
                {(c.decisions ?? []).map((d) => (
                  <Alert
                    key={d.id}
                    color={d.kind === 'approve' ? 'teal' : d.kind === 'reject' ? 'red' : 'blue'}
                    variant="light"
                    p="xs"
                  >
                    <Text size="sm" fw={600}>
                      {t(`decision.${d.kind}`, { defaultValue: d.kind })} · {formatDateTime(d.at)}
                    </Text>
                    {d.reasons.note ? <Text size="xs">{d.reasons.note}</Text> : null}
                    {d.reasons.unmet?.[lang]?.length ? (
                      <List size="xs">
                        {d.reasons.unmet[lang].map((l) => (
                          <List.Item key={l}>{l}</List.Item>
                        ))}
                      </List>
                    ) : null}
                  </Alert>
                ))}
                {softConflicts.length ? (
                  <ConflictsAlert conflicts={softConflicts} programName={programName} />
                ) : null}
                {program.data?.exclusions.length ? (
                  <Stack gap={2} mt="xs">
                    <Text size="xs" fw={600}>
                      {t('case.programExclusions')}
                    </Text>
                    {program.data.exclusions.map((x) => (
                      <Text size="xs" key={x.programId}>
                        <Badge size="xs" variant="light" color={x.kind === 'exclusive' ? 'red' : 'yellow'}>
                          {t(`exclusionKind.${x.kind}`)}
                        </Badge>{' '}
                        {programName(x.programId)} — {pick(x.reason)}
                      </Text>
                    ))}
                  </Stack>
                ) : null}
              </Stack>
            </Card>
            <Card withBorder component="section" aria-label={t('case.timeline')}>
              <Title order={2} size="h4" mb="sm">
                {t('case.timeline')}
              </Title>
              <Timeline
                active={(c.events?.length ?? 1) - 1}
                bulletSize={18}
                lineWidth={2}
                data-testid="timeline"
              >
                {(c.events ?? []).map((e) => (
                  <Timeline.Item key={e.id} title={t(`event.${e.event}`, { defaultValue: e.event })}>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(e.at)} · {t(`role.${e.actorRole}`, { defaultValue: e.actorRole })}
                    </Text>
                    <Text size="xs">
                      {e.fromState ? `${t(`state.${e.fromState}`, { defaultValue: e.fromState })} → ` : ''}
                      {t(`state.${e.toState}`, { defaultValue: e.toState })}
                    </Text>
                    {typeof e.payload.outcome === 'string' ? (
                      <Text size="xs">
                        {t('case.outcome')}: {t(`outcome.${e.payload.outcome}`)}
                        {typeof e.payload.amountKrw === 'number'
                          ? ` · ${formatKrw(e.payload.amountKrw, lang)}`
                          : ''}
                      </Text>
                    ) : e.event === 'DETERMINE_ENTITLEMENT' ? (
                      <Text size="xs">
                        {formatKrw(e.payload.amountKrw as number, lang)} · {String(e.payload.startDate)} →{' '}
                        {String(e.payload.endDate ?? '')}
                      </Text>
                    ) : null}
                    {e.reason ? (
                      <Text size="xs" fs="italic">
                        “{e.reason}”
                      </Text>
                    ) : null}
                  </Timeline.Item>
                ))}
              </Timeline>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
      <EventModal
        key={eventType ?? 'none'}
        type={eventType}
        caseView={c}
        onClose={() => setEventType(null)}
        onSend={(input) => send.mutate(input)}
        sending={send.isPending}
        error={send.error}
      />
      <NoticeModal caseId={c.id} opened={noticeOpen} onClose={() => setNoticeOpen(false)} />
    </Stack>
  );
}
