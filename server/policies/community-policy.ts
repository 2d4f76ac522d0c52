import type { TTopicAbilities } from '../../shared/community-schemas.ts';
import type { Actor } from './actor.ts';
import { can } from './global-policy.ts';
import { isInScope, type RequestScopeFacts } from './request-policy.ts';

/** The fields of a topic that decide who may do what with it. */
export type TopicFacts = { authorId: string | null; isLocked: boolean };

const isModerator = (actor: Actor) => can(actor, 'moderateCommunity');
const isAuthor = (actor: Actor, topic: TopicFacts) => topic.authorId !== null && topic.authorId === actor.id;

/**
 * Everyone signed in reads the community and replies (vendors too: their replies are marked);
 * a locked topic takes replies from moderators only. The author or a moderator accepts an answer.
 */
export function topicAbilities(actor: Actor, topic: TopicFacts): TTopicAbilities {
  const moderates = isModerator(actor);
  const owns = isAuthor(actor, topic);
  return {
    reply: !topic.isLocked || moderates,
    edit: owns || moderates,
    acceptAnswer: owns || moderates,
    pin: moderates,
    lock: moderates,
    subscribe: true,
  };
}

/**
 * "Search/create a new topic in the Support Community": staff who see the request may open its
 * topic; a site admin only while it is theirs to work, at level 1. Reporters and vendors may not.
 */
export function canOpenTopicFromRequest(actor: Actor, request: RequestScopeFacts): boolean {
  if (!isInScope(actor, request) || !can(actor, 'createTopic')) return false;
  switch (actor.role) {
    case 'coordinator':
    case 'help_desk':
    case 'module_coordinator':
    case 'admin':
      return true;
    case 'site_admin':
      return request.level === 1;
    default:
      return false;
  }
}
