import type {
  CommunityCategory,
  ReplyOrigin,
  TCommunityAuthor,
  TCommunityReply,
  TCommunityTopicSummary,
} from '../../shared/community-schemas.ts';
import type { Role } from '../../shared/constants.ts';
import type { communityReplies } from '../db/schema/index.ts';
import type { TopicSummaryRow } from './topic-repository.ts';

export function presentAuthor(id: string | null, name: string | null, role: string | null): TCommunityAuthor {
  return { id, name: name ?? '', role: (role as Role | null) ?? null };
}

export function presentTopicSummary(row: TopicSummaryRow): TCommunityTopicSummary {
  return {
    id: row.id,
    title: row.title,
    excerpt: row.excerpt,
    category: row.category as CommunityCategory,
    language: row.language,
    author: presentAuthor(row.authorId, row.authorName, row.authorRole),
    isPinned: row.isPinned,
    isLocked: row.isLocked,
    hasAcceptedAnswer: row.acceptedReplyId !== null,
    isSubscribed: row.subscriberId !== null,
    isLinkedToRequest: row.requestId !== null,
    replyCount: row.replyCount,
    lastActivityAt: row.lastActivityAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type ReplyRow = typeof communityReplies.$inferSelect & { userName: string | null; userRole: string | null };

export function presentReply(row: ReplyRow, acceptedReplyId: string | null): TCommunityReply {
  return {
    id: row.id,
    topicId: row.topicId,
    author: presentAuthor(row.authorId, row.userName ?? row.authorName, row.userRole),
    body: row.body,
    origin: row.origin as ReplyOrigin,
    isFromVendor: row.isFromVendor,
    isAccepted: row.id === acceptedReplyId,
    createdAt: row.createdAt.toISOString(),
  };
}
