import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import 'dayjs/locale/ko';
import { createTheme, MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { useLang } from './i18n';
import { queryClient, router } from './router';

/** The theme, with accessible names in the current language for Mantine's icon-only buttons. */
function useTheme() {
  const { t } = useTranslation();
  const { lang } = useLang();
  // biome-ignore lint/correctness/useExhaustiveDependencies: t changes with lang
  return useMemo(() => {
    const clear = { 'aria-label': t('common.clear') };
    const close = { 'aria-label': t('common.close') };
    return createTheme({
      primaryColor: 'blue',
      fontFamily:
        "'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, -apple-system, 'Segoe UI', sans-serif",
      defaultRadius: 'sm',
      // Plain objects by component name, so the theme does not pull the components into the entry chunk.
      components: {
        Select: { defaultProps: { clearButtonProps: clear } },
        MultiSelect: { defaultProps: { clearButtonProps: clear } },
        DateInput: { defaultProps: { clearButtonProps: clear } },
        Modal: { defaultProps: { closeButtonProps: close } },
        Notification: { defaultProps: { closeButtonProps: close } },
        CloseButton: { defaultProps: close },
      },
    });
  }, [lang]);
}

function App() {
  const { lang } = useLang();
  const theme = useTheme();
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: lang, firstDayOfWeek: 0 }}>
        <Notifications position="bottom-right" />
        <RouterProvider router={router} />
      </DatesProvider>
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
