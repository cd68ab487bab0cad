import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { Text } from '../api/types';
import { en } from './en';
import { ko } from './ko';

export type Lang = 'ko' | 'en';
const KEY = 'bokji.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}

/** Korean by default; the choice is remembered in localStorage and set on <html lang>. */
void i18n.use(initReactI18next).init({
  resources: { ko: { translation: ko }, en: { translation: en } },
  lng: initialLang(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(KEY, lng);
  } catch {
    // private mode: the choice lasts for this page only
  }
});

export { i18n };

/** The current language and a picker for API texts that come in both languages ({ko, en}). */
export function useLang() {
  const { i18n: instance } = useTranslation();
  const lang: Lang = instance.language === 'en' ? 'en' : 'ko';
  const pick = (text: Text | null | undefined): string => (text ? text[lang] || text.ko : '');
  return { lang, pick, setLang: (l: Lang) => void instance.changeLanguage(l) };
}
