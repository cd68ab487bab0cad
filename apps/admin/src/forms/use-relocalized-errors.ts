import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { useLang } from '../i18n';

/**
 * Validation messages are rendered when a form validates; when the language changes while a form
 * shows messages, validate again so they appear in the new language.
 */
// biome-ignore lint/suspicious/noExplicitAny: any form's values
export function useRelocalizedErrors(form: UseFormReturnType<any>) {
  const { lang } = useLang();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a language change re-validates
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (Object.keys(form.errors).length) form.validate();
  }, [lang]);
}
