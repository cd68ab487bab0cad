import { Badge, Group, Paper, ScrollArea, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import { useCasePages, useProgramName, usePrograms } from '../../api/queries';
import { type CaseView, type Stage, stages } from '../../api/types';
import { AnchorLink, SubjectLink } from '../../components/links';
import { ErrorAlert, Loading, MoreButton, PageHeader, StageBadge } from '../../components/ui';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';

function CaseCard({ c, programName }: { c: CaseView; programName: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" data-testid="case-card">
      <Stack gap={4}>
        <AnchorLink to="/cases/$caseId" params={{ caseId: c.id }} size="sm" fw={600}>
          {programName(c.programId)}
        </AnchorLink>
        <Group gap={4}>
          <StageBadge stage={c.stage} state={c.state} />
          {c.context.outcome ? (
            <Badge
              size="xs"
              variant="outline"
              color={
                c.context.outcome === 'eligible'
                  ? 'teal'
                  : c.context.outcome === 'ineligible'
                    ? 'red'
                    : 'yellow'
              }
            >
              {t(`outcome.${c.context.outcome}`)}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {t('cases.caseNo', { id: c.id.slice(0, 8) })} · {formatDateTime(c.updatedAt)}
        </Text>
        <SubjectLink householdId={c.householdId} subject={c.subject} size="xs" />
      </Stack>
    </Paper>
  );
}

/** Cards a board column reads at a time (더 보기 reads the next ones). */
const COLUMN_PAGE = 50;

/** One stage's column: its count from the summary, its cases a page at a time. */
function StageColumn({
  stage,
  programId,
  count,
  programName,
}: {
  stage: Stage;
  programId: string | undefined;
  count: number | undefined;
  programName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const cases = useCasePages({ stage, programId }, COLUMN_PAGE);
  const list = cases.data ?? [];
  return (
    <Paper
      bg="gray.0"
      p="xs"
      withBorder
      component="section"
      aria-label={t(`stage.${stage}`)}
      data-testid={`column-${stage}`}
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h6">
          {t(`stage.${stage}`)}
        </Title>
        <Badge variant="light" color="gray">
          {count ?? list.length}
        </Badge>
      </Group>
      {cases.error ? <ErrorAlert error={cases.error} /> : null}
      <ScrollArea.Autosize mah="calc(100vh - 250px)">
        <Stack gap="xs">
          {list.map((c) => (
            <CaseCard key={c.id} c={c} programName={programName} />
          ))}
          {cases.isLoading ? <Loading /> : null}
          {cases.data && list.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t('cases.emptyColumn')}
            </Text>
          ) : null}
          <MoreButton pages={cases} />
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}

/**
 * Cases of the jurisdiction on a board by stage, filtered by stage and program: each column counts
 * all its cases and shows the most recently changed, 50 at a time (a district has thousands).
 */
export function CaseBoardPage() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const search = useSearch({ from: '/app/cases' });
  const navigate = useNavigate({ from: '/cases' });
  const summary = useQuery({
    queryKey: ['cases', 'summary', search.programId ?? null],
    queryFn: () => api.caseSummary({ programId: search.programId }),
  });
  const programs = usePrograms();
  const programName = useProgramName();
  const shown: Stage[] = search.stage ? [search.stage as Stage] : stages;
  const total = search.stage ? summary.data?.byStage[search.stage as Stage] : summary.data?.total;

  return (
    <Stack>
      <PageHeader title={t('cases.board')} subtitle={t('cases.boardSubtitle', { count: total ?? 0 })}>
        <Select
          label={t('cases.stage')}
          placeholder={t('cases.allStages')}
          clearable
          w={180}
          data={stages.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          value={search.stage ?? null}
          onChange={(v) => navigate({ search: (prev) => ({ ...prev, stage: v ?? undefined }) })}
        />
        <Select
          label={t('cases.program')}
          placeholder={t('cases.allPrograms')}
          clearable
          searchable
          w={260}
          data={(programs.data?.programs ?? []).map((p) => ({ value: p.id, label: pick(p.name) }))}
          value={search.programId ?? null}
          onChange={(v) => navigate({ search: (prev) => ({ ...prev, programId: v ?? undefined }) })}
        />
      </PageHeader>
      {summary.error ? <ErrorAlert error={summary.error} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 3, lg: shown.length }} spacing="xs">
        {shown.map((stage) => (
          <StageColumn
            key={stage}
            stage={stage}
            programId={search.programId}
            count={summary.data?.byStage[stage]}
            programName={programName}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
