import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  applyDocumentLanguage,
  browserLanguage,
  isLanguage,
  LANGUAGES,
  type Language,
  readStoredLanguage,
  storeLanguage,
} from './languages.ts';
import ar from './locales/ar.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import pt from './locales/pt.json';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

// Arabic must be complete (the type check fails on a missing key); the others fall back to English.
const resources = {
  en: { translation: en },
  ar: { translation: ar satisfies typeof en },
  fr: { translation: fr satisfies DeepPartial<typeof en> },
  es: { translation: es satisfies DeepPartial<typeof en> },
  pt: { translation: pt satisfies DeepPartial<typeof en> },
};

const initialLanguage: Language = readStoredLanguage() ?? browserLanguage() ?? 'en';

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage,
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  returnEmptyString: false,
  interpolation: { escapeValue: false },
});

applyDocumentLanguage(initialLanguage);
i18next.on('languageChanged', (language) => {
  if (isLanguage(language)) applyDocumentLanguage(language);
});

/** Switches the interface language; `persist` records it as this device's explicit choice. */
export function setLanguage(language: Language, { persist }: { persist: boolean }) {
  if (persist) storeLanguage(language);
  void i18next.changeLanguage(language);
}

/** After login: the user's own locale, unless they picked a language on this device. */
export function applyUserLocale(locale: string) {
  if (readStoredLanguage() || !isLanguage(locale)) return;
  setLanguage(locale, { persist: false });
}

export { i18next };
