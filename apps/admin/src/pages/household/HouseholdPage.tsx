import { Badge, Grid, Group, Stack, Text } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useHousehold } from '../../api/queries';
import { ButtonLink } from '../../components/links';
import { ErrorAlert, Loading, PageHeader } from '../../components/ui';
import { useLang } from '../../i18n';
import { regionName } from '../../lib/regions';
import { BenefitsCard } from './BenefitsCard';
import { CasesCard } from './CasesCard';
import { DiscoveriesCard } from './DiscoveriesCard';
import { FindingsCard } from './FindingsCard';
import { LifeEventCard } from './LifeEventCard';
import { MembersCard } from './MembersCard';
import { RecordsCard } from './RecordsCard';

/** Household 360°: members and history, linked records, benefits, cases, findings and life events in one place. */
export function HouseholdPage() {
  const { t } = useTranslation();
  const { lang } = useLang();
  const { householdId } = useParams({ from: '/app/households/$householdId' });
  const household = useHousehold(householdId);
  if (household.isLoading) return <Loading />;
  if (household.error || !household.data) return <ErrorAlert error={household.error} />;
  const h = household.data;
  const head = h.members.find((m) => m.current && m.relation === 'head');
  return (
    <Stack>
      <PageHeader
        title={t('household.title', { name: head?.person.name ?? '' })}
        subtitle={
          <Group gap="xs" component="span">
            <span>{h.residence.address}</span>
            <Badge variant="outline" size="sm">
              {regionName(h.residence.regionCode, lang)}
            </Badge>
            <Badge variant="outline" size="sm" color="gray">
              {t(`tenure.${h.residence.tenure}`, { defaultValue: h.residence.tenure })}
            </Badge>
            <Text span size="xs" c="dimmed">
              {t('household.version', { version: h.version, asOf: h.asOf })}
            </Text>
          </Group>
        }
      >
        <ButtonLink
          to="/households/$householdId/intake"
          params={{ householdId }}
          leftSection={<IconFilePlus size={16} />}
        >
          {t('household.intake')}
        </ButtonLink>
      </PageHeader>
      <MembersCard household={h} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            <RecordsCard household={h} />
            <BenefitsCard household={h} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <CasesCard household={h} />
            <FindingsCard household={h} />
            <DiscoveriesCard household={h} />
            <LifeEventCard household={h} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
