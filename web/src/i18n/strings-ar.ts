import type { EnglishStrings } from './english.ts';
import ar from './locales/ar.json';
import communityAr from './locales/community/ar.json';
import consolidationAr from './locales/consolidation/ar.json';
import inboundAr from './locales/inbound/ar.json';
import jiraAr from './locales/jira/ar.json';
import kbAr from './locales/kb/ar.json';
import mailAr from './locales/mail/ar.json';
import noticesAr from './locales/notices/ar.json';
import offlineAr from './locales/offline/ar.json';
import releasesAr from './locales/releases/ar.json';
import searchAr from './locales/search/ar.json';
import sheetsAr from './locales/sheets/ar.json';
import slaAr from './locales/sla/ar.json';

// Arabic must be complete: the type check fails on a missing key.
export const strings = {
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
} satisfies EnglishStrings;
