import { Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/endpoints';
import { type HouseholdView, personNames } from '../../api/queries';
import { AnchorLink, ButtonLink } from '../../components/links';
import { CardHeader, ErrorAlert, Loading } from '../../components/ui';
import { useLang } from '../../i18n';

/**
 * 발굴 추천: what the latest population screening found this household (or a member) eligible for
 * that it neither receives nor has applied for, each with a way to start the application.
 */
export function DiscoveriesCard({ household }: { household: HouseholdView }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const name = personNames(household);
  const found = useQuery({
    queryKey: ['household-discoveries', household.id],
    queryFn: () => api.householdDiscoveries(household.id),
  });
  const run = found.data?.run;
  return (
    <Card withBorder data-testid="household-discoveries">
      <CardHeader title={t('discovery.forHousehold')}>
        <AnchorLink to="/discovery" size="sm">
          {t('nav.discovery')}
        </AnchorLink>
      </CardHeader>
      {found.isLoading ? <Loading /> : null}
      {found.error ? <ErrorAlert error={found.error} /> : null}
      {found.data && !run ? (
        <Text size="sm" c="dimmed">
          {t('discovery.noRuns')}
        </Text>
      ) : null}
      {run ? (
        <Text size="xs" c="dimmed" mb="xs">
          {t('discovery.householdHint', { date: run.referenceDate })}
        </Text>
      ) : null}
      {run && found.data?.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('discovery.noneForHousehold')}
        </Text>
      ) : null}
      <Stack gap="xs">
        {(found.data?.items ?? []).map((d) => (
          <Group key={`${d.programId}:${d.personId ?? ''}`} justify="space-between" wrap="nowrap">
            <Text size="sm">
              {d.name ? pick(d.name) : d.programId} {d.personId ? `· ${name(d.personId)}` : ''}
            </Text>
            <ButtonLink
              size="compact-xs"
              variant="light"
              to="/households/$householdId/intake"
              params={{ householdId: household.id }}
              search={{ programId: d.programId, ...(d.personId ? { personId: d.personId } : {}) }}
            >
              {t('discovery.apply')}
            </ButtonLink>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
