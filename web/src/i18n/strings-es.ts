import type { DeepPartial, EnglishStrings } from './english.ts';
import communityEs from './locales/community/es.json';
import consolidationEs from './locales/consolidation/es.json';
import es from './locales/es.json';
import inboundEs from './locales/inbound/es.json';
import jiraEs from './locales/jira/es.json';
import kbEs from './locales/kb/es.json';
import mailEs from './locales/mail/es.json';
import noticesEs from './locales/notices/es.json';
import offlineEs from './locales/offline/es.json';
import releasesEs from './locales/releases/es.json';
import searchEs from './locales/search/es.json';
import sheetsEs from './locales/sheets/es.json';
import slaEs from './locales/sla/es.json';

// Missing keys fall back to English.
export const strings = {
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
} satisfies DeepPartial<EnglishStrings>;
