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
import consolidationAr from './locales/consolidation/ar.json';
import consolidationEn from './locales/consolidation/en.json';
import consolidationEs from './locales/consolidation/es.json';
import consolidationFr from './locales/consolidation/fr.json';
import consolidationPt from './locales/consolidation/pt.json';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';
import inboundAr from './locales/inbound/ar.json';
import inboundEn from './locales/inbound/en.json';
import inboundEs from './locales/inbound/es.json';
import inboundFr from './locales/inbound/fr.json';
import inboundPt from './locales/inbound/pt.json';
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
import noticesAr from './locales/notices/ar.json';
import noticesEn from './locales/notices/en.json';
import noticesEs from './locales/notices/es.json';
import noticesFr from './locales/notices/fr.json';
import noticesPt from './locales/notices/pt.json';
import offlineAr from './locales/offline/ar.json';
import offlineEn from './locales/offline/en.json';
import offlineEs from './locales/offline/es.json';
import offlineFr from './locales/offline/fr.json';
import offlinePt from './locales/offline/pt.json';
import pt from './locales/pt.json';
import releasesAr from './locales/releases/ar.json';
import releasesEn from './locales/releases/en.json';
import releasesEs from './locales/releases/es.json';
import releasesFr from './locales/releases/fr.json';
import releasesPt from './locales/releases/pt.json';
import searchAr from './locales/search/ar.json';
import searchEn from './locales/search/en.json';
import searchEs from './locales/search/es.json';
import searchFr from './locales/search/fr.json';
import searchPt from './locales/search/pt.json';
import sheetsAr from './locales/sheets/ar.json';
import sheetsEn from './locales/sheets/en.json';
import sheetsEs from './locales/sheets/es.json';
import sheetsFr from './locales/sheets/fr.json';
import sheetsPt from './locales/sheets/pt.json';
import slaAr from './locales/sla/ar.json';
import slaEn from './locales/sla/en.json';
import slaEs from './locales/sla/es.json';
import slaFr from './locales/sla/fr.json';
import slaPt from './locales/sla/pt.json';

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

// Arabic must be complete (the type check fails on a missing key); the others fall back to English.
// Each feature keeps its strings in locales/<feature>/<language>.json, under the key `<feature>`.
const english = {
  ...en,
  kb: kbEn,
  community: communityEn,
  search: searchEn,
  mail: mailEn,
  offline: offlineEn,
  notices: noticesEn,
  releases: releasesEn,
  sla: slaEn,
  inbound: inboundEn,
  sheets: sheetsEn,
  consolidation: consolidationEn,
  jira: jiraEn,
};
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
      offline: offlineAr,
      notices: noticesAr,
      releases: releasesAr,
      sla: slaAr,
      inbound: inboundAr,
      sheets: sheetsAr,
      consolidation: consolidationAr,
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
      offline: offlineFr,
      notices: noticesFr,
      releases: releasesFr,
      sla: slaFr,
      inbound: inboundFr,
      sheets: sheetsFr,
      consolidation: consolidationFr,
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
      offline: offlineEs,
      notices: noticesEs,
      releases: releasesEs,
      sla: slaEs,
      inbound: inboundEs,
      sheets: sheetsEs,
      consolidation: consolidationEs,
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
      offline: offlinePt,
      notices: noticesPt,
      releases: releasesPt,
      sla: slaPt,
      inbound: inboundPt,
      sheets: sheetsPt,
      consolidation: consolidationPt,
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
