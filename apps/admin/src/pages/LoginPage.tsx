import {
  Anchor,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { session } from '../auth/session';
import { DataTable } from '../components/DataTable';
import { ErrorAlert } from '../components/ui';
import { useRelocalizedErrors } from '../forms/use-relocalized-errors';
import { type Lang, useLang } from '../i18n';
import { regionName } from '../lib/regions';

const demoUsers = [
  ['cw-jongno', 'caseworker', '11110'],
  ['cw-gangnam', 'caseworker', '11680'],
  ['sv-jongno', 'supervisor', '11110'],
  ['ministry-mohw', 'ministry', null],
  ['auditor', 'auditor', null],
  ['admin', 'admin', null],
] as const;

export function LoginPage() {
  const { t } = useTranslation();
  const { lang, setLang } = useLang();
  const navigate = useNavigate();
  const search = useSearch({ from: '/login' });
  const form = useForm({
    mode: 'controlled',
    initialValues: { username: '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : t('validation.required')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });
  useRelocalizedErrors(form);
  const login = useMutation({
    mutationFn: (values: { username: string; password: string }) =>
      api.login(values.username.trim(), values.password),
    onSuccess: (result) => {
      session.start(result);
      const target =
        search.redirect?.startsWith('/') && !search.redirect.startsWith('/login') ? search.redirect : '/';
      void navigate({ to: target });
    },
  });

  const columns: ColumnDef<(typeof demoUsers)[number], unknown>[] = [
    {
      id: 'username',
      header: t('login.username'),
      accessorFn: (u) => u[0],
      cell: ({ row }) => (
        <Anchor
          component="button"
          type="button"
          size="xs"
          onClick={() => form.setValues({ username: row.original[0], password: 'bokji-demo' })}
        >
          {row.original[0]}
        </Anchor>
      ),
    },
    { id: 'role', header: t('login.role'), accessorFn: (u) => t(`role.${u[1]}`) },
    {
      id: 'region',
      header: t('layout.jurisdiction'),
      accessorFn: (u) => (u[2] ? regionName(u[2], lang) : t('layout.nationwide')),
    },
  ];

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Stack w={440} gap="md">
        <Group justify="space-between">
          <Title order={1} size="h3" c="blue.8">
            {t('app.title')}
          </Title>
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
        </Group>
        <Paper withBorder shadow="sm" p="lg" component="main">
          <form onSubmit={form.onSubmit((v) => login.mutate(v))} noValidate>
            <Stack>
              <Title order={2} size="h4">
                {t('login.title')}
              </Title>
              <TextInput
                label={t('login.username')}
                autoComplete="username"
                required
                {...form.getInputProps('username')}
              />
              <PasswordInput
                label={t('login.password')}
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              {login.error ? <ErrorAlert error={login.error} title={t('login.failed')} /> : null}
              <Button type="submit" loading={login.isPending}>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Paper withBorder p="md">
          <Text size="sm" fw={600} mb={4}>
            {t('login.demoUsers')}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t('login.demoHint')}
          </Text>
          <DataTable
            label={t('login.demoUsers')}
            data={[...demoUsers]}
            columns={columns}
            getRowId={(u) => u[0]}
          />
        </Paper>
      </Stack>
    </Center>
  );
}
