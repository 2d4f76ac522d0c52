import { eq } from 'drizzle-orm';
import { type EmailKind, NOTIFICATION_KINDS } from '../../shared/mail-schemas.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { getNotificationPreferences } from './get-notification-preferences.ts';
import { type MailLocale, toMailLocale } from './mail-locale.ts';
import { saveDeliveryModes } from './save-delivery-modes.ts';
import { loadSecretKey } from './secret-key.ts';
import { verifyUnsubscribeToken } from './unsubscribe-token.ts';

export type UnsubscribeOutcome = { kind: EmailKind; locale: MailLocale } | null;

/** What a signed link would turn off, changing nothing: the confirmation page a GET shows. */
export async function checkUnsubscribeToken(options: {
  db: Database;
  config: Pick<Config, 'secretKey'>;
  token: string;
}): Promise<UnsubscribeOutcome> {
  const subject = verifyUnsubscribeToken(await loadSecretKey(options.db, options.config), options.token);
  if (!subject) return null;
  const [user] = await options.db.select({ locale: users.locale }).from(users).where(eq(users.id, subject.userId));
  return user ? { kind: subject.kind, locale: toMailLocale(user.locale) } : null;
}

/**
 * Turns off the kind of mail a signed link names, for the user it names (the digest link turns
 * off every kind they get as a digest). Null when the link is not valid; nothing changes then.
 */
export async function unsubscribe(options: {
  db: Database;
  config: Pick<Config, 'secretKey'>;
  token: string;
  now?: Date;
}): Promise<UnsubscribeOutcome> {
  const { db } = options;
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const subject = verifyUnsubscribeToken(await loadSecretKey(tx, options.config), options.token);
    if (!subject) return null;
    const [user] = await tx.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.id, subject.userId));
    if (!user) return null;
    if (subject.kind === 'digest') {
      const { preferences } = await getNotificationPreferences({ db: tx, userId: user.id });
      const digested = NOTIFICATION_KINDS.filter((kind) => preferences[kind] === 'daily_digest');
      await saveDeliveryModes(tx, user.id, Object.fromEntries(digested.map((kind) => [kind, 'off'])), now);
    } else {
      await saveDeliveryModes(tx, user.id, { [subject.kind]: 'off' }, now);
    }
    return { kind: subject.kind, locale: toMailLocale(user.locale) };
  });
}
