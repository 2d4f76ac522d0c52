import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { sessions, users } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { toActor } from '../users/present-user.ts';

export const SESSION_COOKIE = 'sh_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(options: { db: Database; userId: string; days: number }) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + options.days * 86_400_000);
  await options.db.insert(sessions).values({ tokenHash: hashToken(token), userId: options.userId, csrfToken, expiresAt });
  // Expired sessions are swept on login, the moment sessions grow.
  await options.db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, csrfToken, expiresAt };
}

export type SessionContext = { actor: Actor; csrfToken: string; tokenHash: string; mustChangePassword: boolean };

export async function findSession(options: { db: Database; token: string }): Promise<SessionContext | null> {
  const tokenHash = hashToken(options.token);
  const [row] = await options.db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date()), eq(users.isActive, true)))
    .limit(1);
  if (!row) return null;
  return {
    actor: toActor(row.user),
    csrfToken: row.csrfToken,
    tokenHash,
    mustChangePassword: row.user.mustChangePassword,
  };
}

export async function deleteSession(options: { db: Database; tokenHash: string }) {
  await options.db.delete(sessions).where(eq(sessions.tokenHash, options.tokenHash));
}

export async function deleteUserSessions(options: { db: Database; userId: string; exceptTokenHash?: string }) {
  const rows = await options.db
    .select({ tokenHash: sessions.tokenHash })
    .from(sessions)
    .where(eq(sessions.userId, options.userId));
  for (const row of rows) {
    if (row.tokenHash !== options.exceptTokenHash) await deleteSession({ db: options.db, tokenHash: row.tokenHash });
  }
}
