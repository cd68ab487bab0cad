import { Anchor, Badge, Box, Group, List, Stack, Text } from '@mantine/core';
import { IconCheck, IconHelp, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Explanation, Outcome, ParameterUse, ValueView } from '../api/types';
import { useLang } from '../i18n';
import { formatValue, opSymbol } from '../lib/format';

const icon: Record<Outcome, { color: string; el: typeof IconCheck }> = {
  eligible: { color: 'teal', el: IconCheck },
  ineligible: { color: 'red', el: IconX },
  undetermined: { color: 'yellow.7', el: IconHelp },
};

function Value({ view }: { view: ValueView }) {
  const { lang, pick } = useLang();
  return (
    <Stack gap={0}>
      <Text size="sm" span>
        <Text span c="dimmed" size="xs">
          {pick(view.label)}:{' '}
        </Text>
        <Text span fw={600}>
          {formatValue(view, lang)}
        </Text>
      </Text>
      {view.detail?.length ? (
        <Text size="xs" c="dimmed">
          {view.detail
            .map(
              (d) =>
                `${pick(d.label)} ${typeof d.value === 'number' ? formatValue({ value: d.value, unit: view.unit ?? '' }, lang) : d.value}`,
            )
            .join(' · ')}
        </Text>
      ) : null}
    </Stack>
  );
}

function Param({ p }: { p: ParameterUse }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  return (
    <Box>
      <Text size="xs">
        <Text span fw={600} size="xs">
          {pick(p.label)}
        </Text>{' '}
        {p.key !== undefined ? `[${p.key}] ` : ''}= {formatValue({ value: p.value, unit: p.unit }, lang)}{' '}
        <Text span c="dimmed" size="xs">
          ({t('explain.versionFrom', { date: p.from })})
        </Text>
        {p.basis ? (
          <Text span c="dimmed" size="xs">
            {' '}
            ·{' '}
            {t('explain.basis', {
              ratio: `${Math.round(p.basis.ratio * 10000) / 100}%`,
              value: formatValue({ value: p.basis.value, unit: p.unit }, lang),
            })}
          </Text>
        ) : null}
      </Text>
      <List size="xs" spacing={0} ml="sm">
        {p.sources.map((s) => (
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
    </Box>
  );
}

/** One criterion: pass/fail, the value against the threshold, the parameters with their sources, what is missing. */
function Node({
  node,
  depth,
  personName,
}: {
  node: Explanation;
  depth: number;
  personName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { pick } = useLang();
  const o = icon[node.outcome];
  const Icon = o.el;
  return (
    <Box
      component="li"
      pl={depth ? 'md' : 0}
      py={4}
      style={{ borderLeft: depth ? '2px solid var(--mantine-color-gray-3)' : undefined, listStyle: 'none' }}
      data-outcome={node.outcome}
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Box c={o.color} pt={2} aria-label={t(`outcome.${node.outcome}`)} role="img">
          <Icon size={16} />
        </Box>
        <Stack gap={2} style={{ flex: 1 }}>
          <Text size="sm" fw={node.children?.length ? 600 : 400}>
            {pick(node.label)}
            {node.personId ? (
              <Text span c="dimmed" size="xs">
                {' '}
                ({personName(node.personId)})
              </Text>
            ) : null}
          </Text>
          {node.actual || node.threshold ? (
            <Group gap="xs" align="flex-start" wrap="wrap">
              {node.actual ? <Value view={node.actual} /> : null}
              {node.op ? (
                <Text size="lg" c="dimmed" aria-label={node.op}>
                  {opSymbol[node.op] ?? node.op}
                </Text>
              ) : null}
              {node.threshold ? <Value view={node.threshold} /> : null}
            </Group>
          ) : null}
          {node.params?.length ? (
            <Stack gap={2}>
              {node.params.map((p) => (
                <Param key={`${p.id}:${p.key ?? ''}`} p={p} />
              ))}
            </Stack>
          ) : null}
          {node.missing?.length ? (
            <Text size="xs" c="orange.8">
              {t('explain.missing')}: {node.missing.map((m) => pick(m.what)).join(', ')}
            </Text>
          ) : null}
        </Stack>
      </Group>
      {node.children?.length ? (
        <Box component="ul" p={0} m={0} mt={4}>
          {node.children.map((c, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an explanation's children have no id and never reorder
            <Node key={`${i}:${c.personId ?? ''}`} node={c} depth={depth + 1} personName={personName} />
          ))}
        </Box>
      ) : null}
    </Box>
  );
}

/** The eligibility explanation tree of a stored evaluation. */
export function ExplanationTree({
  explanation,
  personName,
}: {
  explanation: Explanation;
  personName: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Box component="ul" p={0} m={0} aria-label={t('explain.tree')} data-testid="explanation-tree">
      <Node node={explanation} depth={0} personName={personName} />
    </Box>
  );
}
