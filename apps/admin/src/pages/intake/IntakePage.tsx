import { Alert, Badge, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { api } from '../../api/endpoints';
import { type ProgramSummary, useHousehold, useProgramName } from '../../api/queries';
import { DataTable } from '../../components/DataTable';
import { AnchorLink } from '../../components/links';
import { ErrorAlert, Loading, PageHeader } from '../../components/ui';
import { serverFieldErrors } from '../../forms/schema-form';
import { useLang } from '../../i18n';
import { type FormHandle, ProgramFormCard } from './ProgramFormCard';

interface Outcome {
  programId: string;
  caseId?: string;
  error?: unknown;
}

/**
 * Intake (통합 신청): choose one or more programs (search, or from a recommendation), fill each
 * program's form from its JSON Schema, and submit them together; each becomes a case, submitted
 * into the case machine.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const { householdId } = useParams({ from: '/app/households/$householdId/intake' });
  const search = useSearch({ from: '/app/households/$householdId/intake' });
  const navigate = useNavigate();
  const household = useHousehold(householdId);
  const programName = useProgramName();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const programs = useQuery({
    queryKey: ['programs', 'search', debounced],
    queryFn: () => api.programs({ q: debounced || undefined }),
  });
  const [selected, setSelected] = useState<string[]>(search.programId ? [search.programId] : []);
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  const handles = useRef(new Map<string, FormHandle>());
  const register = useCallback((programId: string, handle: FormHandle | null) => {
    if (handle) handles.current.set(programId, handle);
    else handles.current.delete(programId);
  }, []);
  const toggle = useCallback(
    (id: string) => setSelected((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id])),
    [],
  );

  const queryClient = useQueryClient();
  const submit = useMutation({
    // One case per program, in order; each is created with its form and submitted (If-Match = its version).
    mutationFn: async (ids: string[]) => {
      const out: Outcome[] = [];
      for (const programId of ids) {
        const handle = handles.current.get(programId)!;
        try {
          const created = await api.createCase({ householdId, programId, ...handle.payload() });
          await api.sendCaseEvent(created.id, created.version, { type: 'SUBMIT' });
          out.push({ programId, caseId: created.id });
        } catch (error) {
          if (error instanceof ApiError) handle.setErrors(serverFieldErrors(error.issues));
          out.push({ programId, error });
        }
      }
      return out;
    },
    onSuccess: (out) => {
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
      const done = out.filter((o) => o.caseId);
      if (done.length)
        notifications.show({ color: 'teal', message: t('intake.submitted', { count: done.length }) });
      if (out.length === 1 && done.length === 1) {
        void navigate({ to: '/cases/$caseId', params: { caseId: done[0]!.caseId! } });
        return;
      }
      setOutcomes(out);
      // Programs that went through leave the form; failed ones stay to be corrected.
      setSelected((list) => list.filter((id) => !done.some((o) => o.programId === id)));
    },
  });

  const onSubmit = () => {
    setOutcomes(null);
    const ids = selected.filter((id) => handles.current.has(id));
    const invalid = ids.filter((id) => !handles.current.get(id)!.validate());
    if (invalid.length || ids.length === 0) return;
    submit.mutate(ids);
  };

  const columns = useMemo<ColumnDef<ProgramSummary, unknown>[]>(
    () => [
      { id: 'name', header: t('programs.name'), accessorFn: (p) => pick(p.name) },
      {
        id: 'ministry',
        header: t('programs.ministry'),
        accessorFn: (p) => t(`ministry.${p.ministry}`, { defaultValue: p.ministry }),
      },
      { id: 'target', header: t('programs.target'), accessorFn: (p) => t(`target.${p.target}`) },
      {
        id: 'choose',
        header: '',
        enableSorting: false,
        cell: ({ row }) => {
          const isSelected = selected.includes(row.original.id);
          return (
            <Button
              size="xs"
              variant={isSelected ? 'filled' : 'light'}
              leftSection={isSelected ? <IconCheck size={14} /> : <IconPlus size={14} />}
              onClick={() => toggle(row.original.id)}
              aria-pressed={isSelected}
              aria-label={t('intake.chooseProgram', { name: pick(row.original.name) })}
            >
              {isSelected ? t('intake.chosen') : t('intake.choose')}
            </Button>
          );
        },
      },
    ],
    [t, pick, selected, toggle],
  );

  if (household.isLoading) return <Loading />;
  if (household.error || !household.data) return <ErrorAlert error={household.error} />;
  const head = household.data.members.find((m) => m.current && m.relation === 'head');

  return (
    <Stack>
      <PageHeader
        title={t('intake.title')}
        subtitle={
          <AnchorLink to="/households/$householdId" params={{ householdId }} size="sm">
            {t('household.title', { name: head?.person.name ?? '' })} · {household.data.residence.address}
          </AnchorLink>
        }
      />
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('intake.step1')}
        </Title>
        <TextInput
          label={t('intake.searchPrograms')}
          placeholder={t('intake.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          mb="sm"
        />
        {programs.error ? <ErrorAlert error={programs.error} /> : null}
        <DataTable
          label={t('programs.title')}
          data={(programs.data?.programs ?? []).slice(0, debounced ? 50 : 10)}
          columns={columns}
          getRowId={(p) => p.id}
          emptyText={t('programs.none')}
          testId="intake-programs"
        />
      </Card>
      {outcomes ? (
        <Alert
          color={outcomes.every((o) => o.caseId) ? 'teal' : 'orange'}
          title={t('intake.results')}
          data-testid="intake-results"
        >
          <List size="sm">
            {outcomes.map((o) => (
              <List.Item key={o.programId}>
                {programName(o.programId)}:{' '}
                {o.caseId ? (
                  <AnchorLink to="/cases/$caseId" params={{ caseId: o.caseId }} size="sm">
                    {t('intake.openCase')}
                  </AnchorLink>
                ) : (
                  <Text span size="sm" c="red">
                    {o.error instanceof Error ? o.error.message : t('errors.unknown')}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {selected.length ? (
        <>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('intake.step2', { count: selected.length })}
            </Text>
            {selected.map((id) => (
              <Badge key={id} variant="light">
                {programName(id)}
              </Badge>
            ))}
          </Group>
          {selected.map((id) => (
            <ProgramFormCard
              key={id}
              programId={id}
              household={household.data!}
              initialPersonId={id === search.programId ? search.personId : undefined}
              register={register}
              onRemove={() => toggle(id)}
            />
          ))}
          {submit.error ? <ErrorAlert error={submit.error} /> : null}
          <Group>
            <Button onClick={onSubmit} loading={submit.isPending}>
              {selected.length > 1 ? t('intake.submitAll', { count: selected.length }) : t('intake.submit')}
            </Button>
          </Group>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('intake.nothingChosen')}
        </Text>
      )}
    </Stack>
  );
}
