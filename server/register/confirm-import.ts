import { and, eq } from 'drizzle-orm';
import type { TRegisterImport } from '../../shared/register-schemas.ts';
import type { Database } from '../db/client.ts';
import { registerImports } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import type { Actor } from '../policies/actor.ts';
import { applyImport } from './apply-import.ts';
import { loadImport } from './load-import.ts';
import { presentImport } from './present-import.ts';

/** Applies a previewed import with no errors; a second confirm finds it applied and changes nothing. */
export async function confirmImport(options: {
  db: Database;
  actor: Actor;
  id: string;
  mail?: MailSettings;
  now?: Date;
}): Promise<TRegisterImport> {
  const { db, actor } = options;
  const upload = await loadImport(db, actor, options.id);
  const preview = await presentImport(db, upload);
  if (upload.status === 'applied') return preview;
  if (!preview.canConfirm) {
    const why =
      upload.status !== 'ready'
        ? `it is ${upload.status}`
        : upload.counts.error > 0
          ? `${upload.counts.error} rows have errors: correct them in the file and upload it again`
          : 'it changes nothing';
    throw new AppError('conflict', `This import cannot be applied: ${why}`, { errors: [{ field: 'importId', message: why }] });
  }
  // Claims the import, so a double click or a second tab applies it once.
  const [claimed] = await db
    .update(registerImports)
    .set({ status: 'applying' })
    .where(and(eq(registerImports.id, upload.id), eq(registerImports.status, 'ready')))
    .returning();
  if (!claimed) throw new AppError('conflict', 'This import is being applied already');
  try {
    await applyImport({ db, actor, upload: claimed, mail: options.mail, now: options.now });
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'writing failed; nothing was changed';
    await db
      .update(registerImports)
      .set({ status: 'failed', fileErrors: [{ row: 0, column: null, message }] })
      .where(eq(registerImports.id, upload.id));
    throw error;
  }
  return presentImport(db, await loadImport(db, actor, upload.id));
}
