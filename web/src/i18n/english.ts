import communityEn from './locales/community/en.json';
import consolidationEn from './locales/consolidation/en.json';
import en from './locales/en.json';
import inboundEn from './locales/inbound/en.json';
import jiraEn from './locales/jira/en.json';
import kbEn from './locales/kb/en.json';
import mailEn from './locales/mail/en.json';
import noticesEn from './locales/notices/en.json';
import offlineEn from './locales/offline/en.json';
import releasesEn from './locales/releases/en.json';
import searchEn from './locales/search/en.json';
import sheetsEn from './locales/sheets/en.json';
import slaEn from './locales/sla/en.json';

// Each feature keeps its strings in locales/<feature>/<language>.json, under the key `<feature>`.
export const english = {
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

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
