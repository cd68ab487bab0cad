import { Anchor, Badge, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import { useProgram, useProgramName } from '../../api/queries';
import type { ProgramDetail, Source } from '../../api/types';
import { canWorkCases, useSessionUser } from '../../auth/session';
import { DataTable } from '../../components/DataTable';
import { AnchorLink } from '../../components/links';
import { ErrorAlert, Loading, PageHeader } from '../../components/ui';
import { fieldsOf } from '../../forms/schema-form';
import { type Lang, useLang } from '../../i18n';
import { formatValue } from '../../lib/format';

type Param = ProgramDetail['parameters'][number];

function paramValue(p: Param, lang: Lang, t: (k: string, o?: Record<string, unknown>) => string): string {
  const v = p.inForce?.value;
  if (!v) return t('program.noVersion');
  const f = (n: number) => formatValue({ value: n, unit: p.unit }, lang);
  if (v.type === 'scalar') return f(v.value);
  if (v.type === 'bySize')
    return `${v.values.map((x, i) => `${t('program.persons', { count: i + 1 })} ${f(x)}`).join(' · ')} · ${t('program.extraPerMember', { value: f(v.extraPerMember) })}`;
  return Object.entries(v.values)
    .map(([k, x]) => `${k} ${f(x)}`)
    .join(' · ');
}

function Sources({ sources }: { sources: Source[] }) {
  const { t } = useTranslation();
  return (
    <List size="xs" spacing={0}>
      {sources.map((s) => (
        <List.Item key={s.title}>
          {s.url ? (
            <Anchor href={s.url} target="_blank" rel="noreferrer" size="xs">
              {s.title}
            </Anchor>
          ) : (
            s.title
          )}{' '}
          <Badge size="xs" variant="outline" color={s.status === 'official' ? 'blue' : 'gray'}>
            {t(`sourceStatus.${s.status}`)}
          </Badge>
        </List.Item>
      ))}
    </List>
  );
}

function CriteriaLines({ lines }: { lines: string[] }) {
  return (
    <Stack gap={2}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: criteria lines are static text and may repeat
        <Text key={`${i}:${line}`} size="sm" pl={`${(line.length - line.trimStart().length) * 6}px`}>
          {line.trim()}
        </Text>
      ))}
    </Stack>
  );
}

/** The latest population screening's national figures for this program (casework roles and ministries). */
function ScreeningFigures({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const role = useSessionUser()?.role;
  const figures = useQuery({
    queryKey: ['program-screening', programId],
    queryFn: () => api.programScreening(programId),
    enabled: canWorkCases(role) || role === 'ministry',
  });
  const f = figures.data;
  if (!f) return figures.error ? <ErrorAlert error={figures.error} /> : null;
  return (
    <Card withBorder data-testid="program-screening">
      <Title order={2} size="h5" mb="xs">
        {t('program.screening')}
      </Title>
      {f.run ? (
        <Group gap="md">
          <Text size="sm">
            {t('program.screeningFacts', {
              date: f.run.referenceDate,
              households: f.run.households.toLocaleString(lang),
            })}
          </Text>
          <Badge color="teal" variant="light">
            {t('outcome.eligible')} {f.eligible.toLocaleString(lang)}
          </Badge>
          <Badge color="yellow" variant="light">
            {t('outcome.undetermined')} {f.undetermined.toLocaleString(lang)}
          </Badge>
          <Badge color="red" variant="light">
            {t('outcome.ineligible')} {f.ineligible.toLocaleString(lang)}
          </Badge>
          {canWorkCases(role) ? (
            <AnchorLink to="/discovery" search={{ run: f.run.id, program: programId }} size="sm">
              {t('program.screeningLeads')}
            </AnchorLink>
          ) : null}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('discovery.noRuns')}
        </Text>
      )}
    </Card>
  );
}

/** A program: criteria in readable Korean and English, parameters with their sources, exclusions and the form. */
export function ProgramPage() {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const { programId } = useParams({ from: '/app/programs/$programId' });
  const program = useProgram(programId);
  const programName = useProgramName();
  const columns = useMemo<ColumnDef<Param, unknown>[]>(
    () => [
      {
        id: 'label',
        header: t('program.parameter'),
        accessorFn: (p) => pick(p.label),
        cell: ({ row }) => (
          <Stack gap={0}>
            <Text size="sm">{pick(row.original.label)}</Text>
            <Text size="xs" c="dimmed">
              <code>{row.original.id}</code>
            </Text>
          </Stack>
        ),
      },
      {
        id: 'value',
        header: t('program.valueInForce'),
        enableSorting: false,
        cell: ({ row }) => <Text size="sm">{paramValue(row.original, lang, t)}</Text>,
      },
      { id: 'from', header: t('program.from'), accessorFn: (p) => p.inForce?.from ?? '' },
      {
        id: 'sources',
        header: t('program.sources'),
        enableSorting: false,
        cell: ({ row }) => (
          <Stack gap={2}>
            <Sources sources={row.original.inForce?.sources ?? []} />
            {row.original.inForce?.basis ? (
              <Text size="xs" c="dimmed">
                {t('program.basis', {
                  param: row.original.inForce.basis.param,
                  ratio: `${Math.round(row.original.inForce.basis.ratio * 10000) / 100}%`,
                })}
              </Text>
            ) : null}
            {row.original.inForce?.note ? (
              <Text size="xs" c="dimmed">
                {row.original.inForce.note}
              </Text>
            ) : null}
          </Stack>
        ),
      },
    ],
    [t, lang, pick],
  );
  if (program.isLoading) return <Loading />;
  if (program.error || !program.data) return <ErrorAlert error={program.error} />;
  const p = program.data;
  const fields = fieldsOf(p.form.jsonSchema);
  return (
    <Stack>
      <PageHeader
        title={pick(p.name)}
        subtitle={
          <Group gap="xs" component="span">
            <code>{p.id}</code>
            <span>v{p.version}</span>
            <span>{t(`ministry.${p.ministry}`, { defaultValue: p.ministry })}</span>
            {p.bureau ? <span>· {p.bureau}</span> : null}
            <Badge size="sm" variant={p.fidelity === 'statutory' ? 'filled' : 'outline'}>
              {t(`fidelity.${p.fidelity}`)}
            </Badge>
          </Group>
        }
      />
      <Card withBorder>
        <Text>{pick(p.summary)}</Text>
        <Group gap="xs" mt="xs">
          <Badge variant="light">{t(`target.${p.target}`)}</Badge>
          <Badge variant="light">{t(`provision.${p.provision}`, { defaultValue: p.provision })}</Badge>
          <Badge variant="light">{t(`cycle.${p.cycle}`, { defaultValue: p.cycle })}</Badge>
          <Badge variant="light" color="gray">
            {t('program.review')}: {t(`reviewCycle.${p.reviewCycle}`, { defaultValue: p.reviewCycle })}
          </Badge>
          <Badge variant="light" color="gray">
            {t('program.effective', { from: p.effective.from, to: p.effective.to ?? '' })}
          </Badge>
        </Group>
        {p.legalBasis.length ? (
          <Text size="sm" mt="xs">
            {t('program.legalBasis')}: {p.legalBasis.map((b) => pick(b)).join(' · ')}
          </Text>
        ) : null}
      </Card>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder h="100%" lang="ko">
            <Title order={2} size="h5" mb="xs">
              {t('program.criteriaKo')}
            </Title>
            <CriteriaLines lines={p.criteria.ko} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder h="100%" lang="en">
            <Title order={2} size="h5" mb="xs">
              {t('program.criteriaEn')}
            </Title>
            <CriteriaLines lines={p.criteria.en} />
          </Card>
        </Grid.Col>
      </Grid>
      <ScreeningFigures programId={p.id} />
      <Card withBorder>
        <Title order={2} size="h5" mb="xs">
          {t('program.benefit')}
        </Title>
        <Text size="sm">{pick(p.benefit.description)}</Text>
        <Text size="xs" c="dimmed">
          {p.benefit.calculated ? t('program.calculated') : t('program.notCalculated')}
        </Text>
      </Card>
      <Card withBorder>
        <Title order={2} size="h5" mb="xs">
          {t('program.parameters')}
        </Title>
        <DataTable
          label={t('program.parameters')}
          data={p.parameters}
          columns={columns}
          getRowId={(x) => x.id}
          emptyText={t('program.noParameters')}
          testId="parameters"
        />
      </Card>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder h="100%">
            <Title order={2} size="h5" mb="xs">
              {t('program.exclusions')}
            </Title>
            {p.exclusions.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('program.noExclusions')}
              </Text>
            ) : (
              <Stack gap="xs">
                {p.exclusions.map((x) => (
                  <Stack gap={2} key={x.programId}>
                    <Group gap="xs">
                      <Badge size="sm" color={x.kind === 'exclusive' ? 'red' : 'yellow'} variant="light">
                        {t(`exclusionKind.${x.kind}`)}
                      </Badge>
                      <AnchorLink to="/programs/$programId" params={{ programId: x.programId }} size="sm">
                        {programName(x.programId)}
                      </AnchorLink>
                    </Group>
                    <Text size="xs">{pick(x.reason)}</Text>
                    {x.source ? <Sources sources={[x.source]} /> : null}
                  </Stack>
                ))}
              </Stack>
            )}
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Card withBorder h="100%">
            <Title order={2} size="h5" mb="xs">
              {t('program.form')}
            </Title>
            <List size="sm">
              {fields.map((f) => (
                <List.Item key={f.name}>
                  {f.schema.label ? pick(f.schema.label) : f.name}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t(`fieldKind.${f.kind}`)}
                    {f.required ? `, ${t('program.required')}` : ''})
                  </Text>
                </List.Item>
              ))}
            </List>
            <Title order={3} size="h6" mt="sm" mb={4}>
              {t('intake.evidence')}
            </Title>
            <List size="sm">
              {p.form.evidence.map((e) => (
                <List.Item key={e.id}>
                  {pick(e.label)}{' '}
                  {e.required ? `(${t('intake.requiredDoc')})` : `(${t('intake.optionalDoc')})`}
                </List.Item>
              ))}
            </List>
          </Card>
        </Grid.Col>
      </Grid>
      <Card withBorder>
        <Title order={2} size="h5" mb="xs">
          {t('program.sources')}
        </Title>
        <Sources sources={p.sources} />
      </Card>
    </Stack>
  );
}
