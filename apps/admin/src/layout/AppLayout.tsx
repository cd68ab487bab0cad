import {
  Anchor,
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuildingCommunity,
  IconClipboardList,
  IconListDetails,
  IconLogout,
  IconRadar,
  IconSearch,
  IconShieldLock,
} from '@tabler/icons-react';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { canAudit, canWorkCases, session, useSessionUser } from '../auth/session';
import { NavLinkLink } from '../components/links';
import { type Lang, useLang } from '../i18n';
import { regionName } from '../lib/regions';

interface NavItem {
  to: '/households' | '/cases' | '/findings' | '/discovery' | '/programs' | '/access-log';
  label: string;
  icon: ReactNode;
  /** Recorded as X-Bokji-Purpose (in Korean, as the access log is read in Korean). */
  purpose: string;
}

/** The shell: who is logged in (role, jurisdiction), the language switch, and navigation by task. */
export function AppLayout() {
  const { t } = useTranslation();
  const { lang, setLang } = useLang();
  const user = useSessionUser();
  const [opened, { toggle }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const role = user?.role;

  const items: NavItem[] = [
    ...(canWorkCases(role)
      ? ([
          {
            to: '/households',
            label: t('nav.households'),
            icon: <IconSearch size={18} />,
            purpose: '가구 조회·상담',
          },
          {
            to: '/cases',
            label: t('nav.cases'),
            icon: <IconClipboardList size={18} />,
            purpose: '사례 관리',
          },
          {
            to: '/findings',
            label: t('nav.findings'),
            icon: <IconListDetails size={18} />,
            purpose: '조사 결과 처리',
          },
          {
            to: '/discovery',
            label: t('nav.discovery'),
            icon: <IconRadar size={18} />,
            purpose: '복지 사각지대 발굴',
          },
        ] as NavItem[])
      : []),
    {
      to: '/programs',
      label: t('nav.programs'),
      icon: <IconBuildingCommunity size={18} />,
      purpose: '복지 서비스 안내',
    },
    ...(canAudit(role)
      ? ([
          {
            to: '/access-log',
            label: t('nav.accessLog'),
            icon: <IconShieldLock size={18} />,
            purpose: '접속기록 점검',
          },
        ] as NavItem[])
      : []),
  ];
  const active = items.find((i) => pathname.startsWith(i.to));
  session.setPurpose(active?.purpose ?? '업무');
  const title = `${active ? `${active.label} · ` : ''}${t('app.title')}`;
  useEffect(() => {
    document.title = title;
  }, [title]);

  const logout = async () => {
    try {
      await api.logout();
    } finally {
      session.end();
    }
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Anchor href="#main" className="skip-link">
          {t('layout.skipToContent')}
        </Anchor>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Title order={2} size="h4" c="blue.8">
              {t('app.title')}
            </Title>
          </Group>
          <Group gap="md" wrap="nowrap">
            {user ? (
              <Stack gap={0} align="flex-end" data-testid="current-user">
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {user.displayName}
                  </Text>
                  <Badge size="sm" variant="light">
                    {t(`role.${user.role}`, { defaultValue: user.role })}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {t('layout.jurisdiction')}:{' '}
                  {user.regionCode
                    ? `${regionName(user.regionCode, lang)} (${user.regionCode})`
                    : t('layout.nationwide')}
                </Text>
              </Stack>
            ) : null}
            <SegmentedControl
              size="xs"
              value={lang}
              onChange={(v) => setLang(v as Lang)}
              aria-label={t('layout.language')}
              data={[
                { value: 'ko', label: '한국어' },
                { value: 'en', label: 'English' },
              ]}
            />
            <Button variant="subtle" size="xs" leftSection={<IconLogout size={16} />} onClick={logout}>
              {t('layout.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <Text size="xs" c="dimmed" fw={700} px="sm" py={4} tt="uppercase">
          {t('nav.tasks')}
        </Text>
        {items.map((item) => (
          <NavLinkLink
            key={item.to}
            to={item.to}
            label={item.label}
            leftSection={item.icon}
            active={active?.to === item.to}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
