import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type HouseholdView, personNames, useFindings, useProgramName } from '../../api/queries';
import { AnchorLink } from '../../components/links';
import { CardHeader, ErrorAlert, FindingKindBadge, Loading } from '../../components/ui';

/** Open findings (re-investigation results, duplicate provision) for this household. */
export function FindingsCard({ household }: { household: HouseholdView }) {
  const { t } = useTranslation();
  const findings = useFindings({ status: 'open', householdId: household.id });
  const programName = useProgramName();
  const name = personNames(household);
  const mine = findings.data ?? [];
  return (
    <Card withBorder>
      <CardHeader title={t('findings.forHousehold')}>
        <AnchorLink to="/findings" size="sm">
          {t('findings.queue')}
        </AnchorLink>
      </CardHeader>
      {findings.isLoading ? <Loading /> : null}
      {findings.error ? <ErrorAlert error={findings.error} /> : null}
      {findings.data && mine.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('findings.noneForHousehold')}
        </Text>
      ) : null}
      <Stack gap="xs">
        {mine.map((f) => (
          <Group key={f.id} justify="space-between" wrap="nowrap">
            <Text size="sm">
              {programName(f.programId)} {f.personId ? `· ${name(f.personId)}` : ''}
            </Text>
            <FindingKindBadge kind={f.kind} />
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
