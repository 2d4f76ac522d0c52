import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { english } from './english.ts';
import {
  applyDocumentLanguage,
  browserLanguage,
  isLanguage,
  LANGUAGES,
  type Language,
  readStoredLanguage,
  storeLanguage,
} from './languages.ts';

// English is built in (every other language falls back to it); each other language is its own
// chunk, fetched when first used, so a first visit downloads one language instead of five.
const loadStrings: Record<Exclude<Language, 'en'>, () => Promise<{ strings: object }>> = {
  ar: () => import('./strings-ar.ts'),
  fr: () => import('./strings-fr.ts'),
  es: () => import('./strings-es.ts'),
  pt: () => import('./strings-pt.ts'),
};

async function ensureLoaded(language: Language) {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  const { strings } = await loadStrings[language]();
  i18next.addResourceBundle(language, 'translation', strings);
}

const initialLanguage: Language = readStoredLanguage() ?? browserLanguage() ?? 'en';

void i18next.use(initReactI18next).init({
  resources: { en: { translation: english } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  returnEmptyString: false,
  interpolation: { escapeValue: false },
});

i18next.on('languageChanged', (language) => {
  if (isLanguage(language)) applyDocumentLanguage(language);
});

/** Resolves once the first language is loaded; render after it so the page does not flash English. */
export const i18nReady: Promise<void> = ensureLoaded(initialLanguage)
  .then(() => i18next.changeLanguage(initialLanguage))
  .catch(() => i18next.changeLanguage('en'))
  .then(() => applyDocumentLanguage(isLanguage(i18next.language) ? i18next.language : 'en'));

/** Switches the interface language; `persist` records it as this device's explicit choice. */
export function setLanguage(language: Language, { persist }: { persist: boolean }) {
  if (persist) storeLanguage(language);
  void ensureLoaded(language).then(() => i18next.changeLanguage(language));
}

/** After login: the user's own locale, unless they picked a language on this device. */
export function applyUserLocale(locale: string) {
  if (readStoredLanguage() || !isLanguage(locale)) return;
  setLanguage(locale, { persist: false });
}

export { i18next };
