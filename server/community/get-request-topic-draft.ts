import type { TTopicDraft } from '../../shared/community-schemas.ts';
import type { DbOrTx } from '../db/client.ts';
import { forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canOpenTopicFromRequest } from '../policies/community-policy.ts';
import { loadRequestInScope } from '../requests/request-repository.ts';
import { staffEmailDomains } from '../users/staff-email-domains.ts';
import { draftTopicFromRequest, findTopicSensitiveData } from './topic-draft.ts';

/** What "Open a community topic" would publish, with the guard's findings, for the dialog. */
export async function getRequestTopicDraft(options: { db: DbOrTx; actor: Actor; id: string }): Promise<TTopicDraft> {
  const { db, actor } = options;
  const request = await loadRequestInScope(db, actor, options.id);
  if (!canOpenTopicFromRequest(actor, request)) throw forbidden('You may not open a community topic for this request');
  const draft = draftTopicFromRequest(request);
  const domains = await staffEmailDomains(db);
  return { ...draft, findings: findTopicSensitiveData(draft, domains), staffEmailDomains: domains };
}
