import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  List,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import type { Outcome, Stage } from '../api/types';

const outcomeColor: Record<Outcome, string> = { eligible: 'teal', ineligible: 'red', undetermined: 'yellow' };

export function OutcomeBadge({ outcome }: { outcome: Outcome | null | undefined }) {
  const { t } = useTranslation();
  if (!outcome) return <Text c="dimmed">—</Text>;
  return (
    <Badge color={outcomeColor[outcome]} variant="light">
      {t(`outcome.${outcome}`)}
    </Badge>
  );
}

const stageColor: Record<Stage, string> = {
  application: 'gray',
  investigation: 'blue',
  guarantee: 'grape',
  decision: 'orange',
  active: 'teal',
  closed: 'dark',
};

export function StageBadge({ stage, state }: { stage: Stage; state?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={stageColor[stage] ?? 'gray'} variant="light">
      {state ? t(`state.${state}`, { defaultValue: state }) : t(`stage.${stage}`)}
    </Badge>
  );
}

/** "더 보기": the next page of a paged list (an infinite query), while there is one. */
export function MoreButton({
  pages,
}: {
  pages: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
}) {
  const { t } = useTranslation();
  if (!pages.hasNextPage) return null;
  return (
    <Button
      mt="xs"
      variant="light"
      loading={pages.isFetchingNextPage}
      onClick={() => void pages.fetchNextPage()}
    >
      {t('common.more')}
    </Button>
  );
}

/** How a program's rules were written: from the statute (법령 수준) or from the catalogue's summary. */
export function FidelityBadge({ fidelity }: { fidelity: string }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant={fidelity === 'statutory' ? 'filled' : 'outline'}>
      {t(`fidelity.${fidelity}`)}
    </Badge>
  );
}

export type FidelityChoice = 'all' | 'statutory' | 'summary';

/** "규칙 충실도: 전체 · 법령 수준 · 요약 수준", as the catalogue and discovery filter programs. */
export function FidelityFilter({
  value,
  onChange,
}: {
  value: FidelityChoice;
  onChange: (value: FidelityChoice) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Text size="sm">{t('programs.fidelity')}</Text>
      <SegmentedControl
        aria-label={t('programs.fidelity')}
        size="xs"
        value={value}
        onChange={(v) => onChange(v as FidelityChoice)}
        data={[
          { value: 'all', label: t('programs.all') },
          { value: 'statutory', label: t('fidelity.statutory') },
          { value: 'summary', label: t('fidelity.summary') },
        ]}
      />
    </Group>
  );
}

/** Finding kinds, most urgent first: the order the API lists the queue in. */
export const findingUrgency = ['noLongerEligible', 'duplicate', 'amountChanged', 'newlyEligible'];
const findingColor: Record<string, string> = {
  noLongerEligible: 'red',
  duplicate: 'grape',
  amountChanged: 'orange',
  newlyEligible: 'teal',
};

export function FindingKindBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={findingColor[kind] ?? 'gray'}>
      {t(`findingKind.${kind}`)}
    </Badge>
  );
}

/** An API failure in the user's language, with the API's own message and every field issue. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const heading =
    title ?? (api ? t(`errors.${api.code}`, { defaultValue: t('errors.unknown') }) : t('errors.unknown'));
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={heading} role="alert">
      <Text size="sm">{api ? api.message : error instanceof Error ? error.message : String(error)}</Text>
      {api?.issues.length ? (
        <List size="sm" mt="xs">
          {api.issues.map((i) => (
            <List.Item key={`${i.path}:${i.message}`}>
              <code>{i.path}</code>: {i.message}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

export function PageHeader({
  title,
  children,
  subtitle,
}: {
  title: string;
  subtitle?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
      <Stack gap={2}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {subtitle ? (
          <Text c="dimmed" size="sm">
            {subtitle}
          </Text>
        ) : null}
      </Stack>
      {children ? <Group gap="xs">{children}</Group> : null}
    </Group>
  );
}

/** A card's heading with, on its right, a link or control that belongs to it. */
export function CardHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Group justify="space-between" mb="sm">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Group>
  );
}
