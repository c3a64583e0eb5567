import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES } from './locales';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the chosen language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'moat.language';

const DAYJS_LOCALE: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

/** The language a visitor gets: the one they chose before, else the first of the browser's we have, else English. */
export function initialLanguage(stored: string | null, browser: readonly string[]): Language {
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  for (const tag of browser) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** `<html lang>` and dayjs follow i18next; antd's locale follows in App through useTranslation. */
function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  dayjs.locale(DAYJS_LOCALE[language as Language] ?? 'en');
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: LOCALES['zh-CN'] }, en: { translation: LOCALES.en } },
  lng: initialLanguage(storedLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages),
  fallbackLng: false,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Switches the console's language and remembers the choice. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage: the choice then lasts for this visit.
  }
  await i18n.changeLanguage(language);
}
