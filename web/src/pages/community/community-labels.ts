import { COMMUNITY_CATEGORIES, type CommunityCategory } from '../../../../shared/community-schemas.ts';

export const isCommunityCategory = (value: unknown): value is CommunityCategory =>
  typeof value === 'string' && (COMMUNITY_CATEGORIES as readonly string[]).includes(value);

/** The client route of one topic. */
export const topicPath = (id: string) => `/community/${encodeURIComponent(id)}`;
