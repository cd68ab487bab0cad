import { Button, Card, Group, List, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import { type HouseholdView, keys, personNames } from '../../api/queries';
import { ButtonLink } from '../../components/links';
import { ErrorAlert, OutcomeBadge } from '../../components/ui';
import { useRelocalizedErrors } from '../../forms/use-relocalized-errors';
import { useLang } from '../../i18n';

const kinds = [
  'birth',
  'turning6',
  'turning18',
  'turning65',
  'disability',
  'death',
  'move',
  'jobLoss',
  'pregnancy',
] as const;
type Kind = (typeof kinds)[number];

// The caseworker's own date (their browser's time zone), not UTC's.
const today = () => new Intl.DateTimeFormat('en-CA').format(new Date());

/** Records a life event and shows the programs the household should be told about, each with why. */
export function LifeEventCard({ household }: { household: HouseholdView }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const queryClient = useQueryClient();
  const name = personNames(household);
  const members = household.members.filter((m) => m.current);
  const form = useForm({
    mode: 'controlled',
    initialValues: { kind: '' as Kind | '', date: today(), personId: '', childName: '', childSex: '' },
    validate: {
      kind: (v) => (v ? null : t('validation.required')),
      date: (v) => (v ? null : t('validation.required')),
      personId: (v, values) =>
        values.kind && values.kind !== 'birth' && !v ? t('validation.required') : null,
      childName: (v, values) => (values.kind === 'birth' && !v.trim() ? t('validation.required') : null),
      childSex: (v, values) => (values.kind === 'birth' && !v ? t('validation.required') : null),
    },
  });
  useRelocalizedErrors(form);
  const record = useMutation({
    mutationFn: async (v: typeof form.values) =>
      api.lifeEvent(household.id, {
        kind: v.kind as Kind,
        date: v.date,
        ...(v.kind !== 'birth' && v.personId ? { personId: v.personId } : {}),
        ...(v.kind === 'birth'
          ? {
              child: {
                name: v.childName.trim(),
                sex: v.childSex as 'F' | 'M',
                nationality: 'KR',
                residencyStatus: 'citizen',
              },
            }
          : {}),
      }),
    onSuccess: (_e, v) => {
      if (v.kind === 'birth') void queryClient.invalidateQueries({ queryKey: keys.household(household.id) });
    },
  });
  const isBirth = form.values.kind === 'birth';
  const recommendations = record.data?.recommendations ?? [];

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('lifeEvent.title')}
      </Title>
      <form onSubmit={form.onSubmit((v) => record.mutate(v))} noValidate aria-label={t('lifeEvent.title')}>
        <Stack gap="xs">
          <Group grow align="flex-start">
            <Select
              label={t('lifeEvent.kind')}
              data={kinds.map((k) => ({ value: k, label: t(`lifeEventKind.${k}`) }))}
              required
              {...form.getInputProps('kind')}
            />
            <DateInput
              label={t('lifeEvent.date')}
              valueFormat="YYYY-MM-DD"
              required
              {...form.getInputProps('date')}
            />
          </Group>
          {isBirth ? (
            <Group grow align="flex-start">
              <TextInput label={t('lifeEvent.childName')} required {...form.getInputProps('childName')} />
              <Select
                label={t('person.sex')}
                data={[
                  { value: 'F', label: t('sex.F') },
                  { value: 'M', label: t('sex.M') },
                ]}
                required
                {...form.getInputProps('childSex')}
              />
            </Group>
          ) : (
            <Select
              label={t('lifeEvent.person')}
              data={members.map((m) => ({
                value: m.personId,
                label: `${m.person.name} (${t(`relation.${m.relation}`, { defaultValue: m.relation })})`,
              }))}
              required={Boolean(form.values.kind)}
              {...form.getInputProps('personId')}
            />
          )}
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t('lifeEvent.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {record.error ? <ErrorAlert error={record.error} /> : null}
      {record.data ? (
        <Stack mt="md" gap="xs" data-testid="recommendations">
          <Title order={3} size="h5">
            {t('lifeEvent.recommendations', { count: recommendations.length })}
          </Title>
          {recommendations.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('lifeEvent.noRecommendations')}
            </Text>
          ) : null}
          {recommendations.slice(0, 30).map((r) => (
            <Paper key={`${r.programId}:${r.personId ?? ''}`} withBorder p="xs">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {pick(r.name)}
                    </Text>
                    <OutcomeBadge outcome={r.outcome} />
                  </Group>
                  {r.personId ? (
                    <Text size="xs" c="dimmed">
                      {t('lifeEvent.for', { name: name(r.personId) })}
                    </Text>
                  ) : null}
                  <List size="xs" spacing={0}>
                    {r.reasons[lang].slice(0, 6).map((line) => (
                      <List.Item key={line}>{line}</List.Item>
                    ))}
                  </List>
                  {r.missing.length ? (
                    <Text size="xs" c="orange.8">
                      {t('lifeEvent.missing')}: {r.missing.map((m) => pick(m)).join(', ')}
                    </Text>
                  ) : null}
                </Stack>
                <ButtonLink
                  size="xs"
                  variant="light"
                  style={{ flexShrink: 0 }}
                  to="/households/$householdId/intake"
                  params={{ householdId: household.id }}
                  search={{ programId: r.programId, ...(r.personId ? { personId: r.personId } : {}) }}
                >
                  {t('lifeEvent.apply')}
                </ButtonLink>
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : null}
    </Card>
  );
}
