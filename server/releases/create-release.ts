import type { TCreateRelease, TReleaseSummary } from '../../shared/release-schemas.ts';
import { ZCreateRelease } from '../../shared/release-schemas.ts';
import type { Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { releases } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canManageReleaseModule } from '../policies/release-policy.ts';
import { presentReleaseSummary, teamModulesOf } from './release-repository.ts';

export const versionTaken = (version: string) =>
  new AppError('conflict', `Release ${version} already exists for this module`, {
    errors: [{ field: 'version', message: 'already exists for this module' }],
  });

export async function createRelease(options: {
  db: Database;
  actor: Actor;
  input: TCreateRelease;
  now?: Date;
}): Promise<TReleaseSummary> {
  const { db, actor } = options;
  const input = ZCreateRelease.parse(options.input);
  const now = options.now ?? new Date();
  if (!canManageReleaseModule(actor, input.module, await teamModulesOf(db, actor))) {
    throw forbidden('You may not manage releases of this module');
  }
  try {
    const [row] = await db
      .insert(releases)
      .values({ ...input, createdById: actor.id, createdAt: now, updatedAt: now })
      .returning();
    return presentReleaseSummary(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw versionTaken(input.version);
    throw error;
  }
}
