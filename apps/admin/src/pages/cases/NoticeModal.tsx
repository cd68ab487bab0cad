import { Button, Group, Modal } from '@mantine/core';
import { IconExternalLink, IconPrinter } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchHtml } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/ui';

/**
 * The printable decision notice: fetched with the bearer token (the API needs it), shown in an
 * iframe from a blob URL, printable from there or opened in a new window.
 */
export function NoticeModal({
  caseId,
  opened,
  onClose,
}: {
  caseId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    if (!opened) return;
    let created: string | null = null;
    setError(null);
    fetchHtml(`/api/v1/cases/${caseId}/notice`)
      .then((html) => {
        created = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
        setUrl(created);
      })
      .catch(setError);
    return () => {
      if (created) URL.revokeObjectURL(created);
      setUrl(null);
    };
  }, [caseId, opened]);

  return (
    <Modal opened={opened} onClose={onClose} title={t('notice.title')} size="xl" centered>
      {error ? <ErrorAlert error={error} /> : null}
      {!url && !error ? <Loading /> : null}
      {url ? (
        <>
          <Group justify="flex-end" mb="xs">
            <Button
              variant="default"
              leftSection={<IconExternalLink size={16} />}
              onClick={() => window.open(url, '_blank', 'noopener')}
            >
              {t('notice.openWindow')}
            </Button>
            <Button
              leftSection={<IconPrinter size={16} />}
              onClick={() => frame.current?.contentWindow?.print()}
            >
              {t('notice.print')}
            </Button>
          </Group>
          <iframe
            ref={frame}
            src={url}
            title={t('notice.title')}
            data-testid="notice-frame"
            sandbox="allow-same-origin allow-modals"
            style={{
              width: '100%',
              height: '65vh',
              border: '1px solid var(--mantine-color-gray-3)',
              background: 'white',
            }}
          />
        </>
      ) : null}
    </Modal>
  );
}
