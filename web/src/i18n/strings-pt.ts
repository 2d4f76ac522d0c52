import type { DeepPartial, EnglishStrings } from './english.ts';
import communityPt from './locales/community/pt.json';
import consolidationPt from './locales/consolidation/pt.json';
import inboundPt from './locales/inbound/pt.json';
import jiraPt from './locales/jira/pt.json';
import kbPt from './locales/kb/pt.json';
import mailPt from './locales/mail/pt.json';
import noticesPt from './locales/notices/pt.json';
import offlinePt from './locales/offline/pt.json';
import pt from './locales/pt.json';
import releasesPt from './locales/releases/pt.json';
import searchPt from './locales/search/pt.json';
import sheetsPt from './locales/sheets/pt.json';
import slaPt from './locales/sla/pt.json';

// Missing keys fall back to English.
export const strings = {
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
} satisfies DeepPartial<EnglishStrings>;
