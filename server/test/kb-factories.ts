import type { ModuleCode } from '../../shared/constants.ts';
import type { TCreateHelpRequest } from '../../shared/schemas.ts';
import type { Database } from '../db/client.ts';
import { insertArticle } from '../kb/insert-article.ts';
import type { Actor } from '../policies/actor.ts';
import { updateRequest } from '../requests/update-request.ts';
import { buildRequest } from './factories.ts';

/** An article written straight into the database (no permission check), as `author`. */
export async function buildArticle(
  db: Database,
  author: Actor,
  overrides: {
    title?: string;
    body?: string;
    isPublished?: boolean;
    module?: ModuleCode | null;
    language?: string;
    tags?: string[];
    now?: Date;
  } = {},
) {
  const now = overrides.now ?? new Date();
  return db.transaction((tx) =>
    insertArticle(
      tx,
      {
        title: overrides.title ?? 'Resetting a user’s password',
        body: overrides.body ?? '## Steps\n\n1. Open **Users**\n2. Choose the user\n3. Click *Reset password*\n',
        module: overrides.module === undefined ? 'cp' : overrides.module,
        tags: overrides.tags ?? ['password'],
        language: overrides.language ?? 'en',
        isPublished: overrides.isPublished ?? true,
        authorId: author.id,
      },
      now,
    ),
  );
}

/** A request at `siteId`, resolved by `resolver` with a resolution summary. */
export async function buildResolvedRequest(
  db: Database,
  options: { creator: Actor; resolver: Actor; siteId: string; input?: Partial<TCreateHelpRequest>; resolution?: string },
) {
  const request = await buildRequest(db, options.creator, { siteId: options.siteId, ...options.input });
  await updateRequest({
    db,
    actor: options.resolver,
    id: request.id,
    input: {
      status: 'resolved',
      resolutionSummary: options.resolution ?? 'Reset the password from Users › Edit and asked the user to sign in again.',
    },
  });
  return request;
}
