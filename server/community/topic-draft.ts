import {
  COMMUNITY_LANGUAGES,
  type CommunityCategory,
  type CommunityLanguage,
  type TSensitiveFinding,
} from '../../shared/community-schemas.ts';
import { findFieldSensitiveData } from '../../shared/sensitive-data.ts';

type RequestText = { summary: string; description: string; module: string; language: string };

const isLanguage = (value: string): value is CommunityLanguage => (COMMUNITY_LANGUAGES as readonly string[]).includes(value);

/** The topic a request would open: its summary as the title and its description as the body. */
export function draftTopicFromRequest(request: RequestText) {
  return {
    title: request.summary,
    body: request.description.trim() || request.summary,
    category: request.module as CommunityCategory,
    language: isLanguage(request.language) ? request.language : 'en',
  };
}

/** What the sensitive-data guard finds in a topic's title and body. */
export function findTopicSensitiveData(text: { title: string; body: string }, staffEmailDomains: string[]): TSensitiveFinding[] {
  return findFieldSensitiveData(text, { staffEmailDomains });
}
