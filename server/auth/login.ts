import { and, count, eq, gt, lt, or } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { loginFailures, users } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { verifyPassword } from './passwords.ts';

const WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;
// Verifying against a real hash keeps unknown e-mails as slow as wrong passwords.
const DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$4Ry6jtg6Zl4BXr5/4o6zR7e1sXkS3M4Ab6U7kRgxJ9E';

/** Checks e-mail and password; too many recent failures for the e-mail or the address answer 429. */
export async function verifyLogin(options: { db: Database; email: string; password: string; ip: string }) {
  const { db, email, password, ip } = options;
  const since = new Date(Date.now() - WINDOW_MS);
  const [{ value: failures }] = await db
    .select({ value: count() })
    .from(loginFailures)
    .where(and(gt(loginFailures.createdAt, since), or(eq(loginFailures.email, email), eq(loginFailures.ip, ip))));
  const [{ value: emailFailures }] = await db
    .select({ value: count() })
    .from(loginFailures)
    .where(and(gt(loginFailures.createdAt, since), eq(loginFailures.email, email)));
  if (emailFailures >= MAX_FAILURES_PER_EMAIL || failures >= MAX_FAILURES_PER_IP) {
    throw new AppError('rate_limited', 'Too many failed sign-in attempts; try again in 15 minutes', {
      headers: { 'retry-after': String(WINDOW_MS / 1000) },
    });
  }
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const isValid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !isValid || !user.isActive) {
    await db.insert(loginFailures).values({ email, ip });
    await db.delete(loginFailures).where(lt(loginFailures.createdAt, since));
    throw new AppError('unauthorized', 'E-mail or password is wrong');
  }
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
  return user;
}
