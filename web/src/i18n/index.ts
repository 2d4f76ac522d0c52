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
import communityAr from './locales/community/ar.json';
import communityEn from './locales/community/en.json';
import communityEs from './locales/community/es.json';
import communityFr from './locales/community/fr.json';
import communityPt from './locales/community/pt.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import jiraAr from './locales/jira/ar.json';
import jiraEn from './locales/jira/en.json';
import jiraEs from './locales/jira/es.json';
import jiraFr from './locales/jira/fr.json';
import jiraPt from './locales/jira/pt.json';
import kbAr from './locales/kb/ar.json';
import kbEn from './locales/kb/en.json';
import kbEs from './locales/kb/es.json';
import kbFr from './locales/kb/fr.json';
import kbPt from './locales/kb/pt.json';
import mailAr from './locales/mail/ar.json';
import mailEn from './locales/mail/en.json';
import mailEs from './locales/mail/es.json';
import mailFr from './locales/mail/fr.json';
import mailPt from './locales/mail/pt.json';
import pt from './locales/pt.json';
import searchAr from './locales/search/ar.json';
import searchEn from './locales/search/en.json';
import searchEs from './locales/search/es.json';
import searchFr from './locales/search/fr.json';
import searchPt from './locales/search/pt.json';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

// Arabic must be complete (the type check fails on a missing key); the others fall back to English.
// Each feature keeps its strings in locales/<feature>/<language>.json, under the key `<feature>`.
const english = { ...en, kb: kbEn, community: communityEn, search: searchEn, mail: mailEn, jira: jiraEn };
export type EnglishStrings = typeof english;

const resources = {
  en: { translation: english },
  ar: {
    translation: {
      ...ar,
      kb: kbAr,
      community: communityAr,
      search: searchAr,
      mail: mailAr,
      jira: jiraAr,
    } satisfies EnglishStrings,
  },
  fr: {
    translation: {
      ...fr,
      kb: kbFr,
      community: communityFr,
      search: searchFr,
      mail: mailFr,
      jira: jiraFr,
    } satisfies DeepPartial<EnglishStrings>,
  },
  es: {
    translation: {
      ...es,
      kb: kbEs,
      community: communityEs,
      search: searchEs,
      mail: mailEs,
      jira: jiraEs,
    } satisfies DeepPartial<EnglishStrings>,
  },
  pt: {
    translation: {
      ...pt,
      kb: kbPt,
      community: communityPt,
      search: searchPt,
      mail: mailPt,
      jira: jiraPt,
    } satisfies DeepPartial<EnglishStrings>,
  },
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
