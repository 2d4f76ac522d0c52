import type { DeepPartial, EnglishStrings } from './english.ts';
import communityFr from './locales/community/fr.json';
import consolidationFr from './locales/consolidation/fr.json';
import fr from './locales/fr.json';
import inboundFr from './locales/inbound/fr.json';
import jiraFr from './locales/jira/fr.json';
import kbFr from './locales/kb/fr.json';
import mailFr from './locales/mail/fr.json';
import noticesFr from './locales/notices/fr.json';
import offlineFr from './locales/offline/fr.json';
import releasesFr from './locales/releases/fr.json';
import searchFr from './locales/search/fr.json';
import sheetsFr from './locales/sheets/fr.json';
import slaFr from './locales/sla/fr.json';

// Missing keys fall back to English.
export const strings = {
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
} satisfies DeepPartial<EnglishStrings>;
