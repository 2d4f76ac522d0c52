import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { registerImports, users } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { PermanentJobError } from '../jobs/job-worker.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import { toActor } from '../users/present-user.ts';
import { applyImport } from './apply-import.ts';

/**
 * The `register.apply-import` job: writes a confirmed import in one transaction, as its uploader.
 * A failure rolls everything back; the job retries an unexpected one, and on a refusal (a request
 * changed since the preview) or the last attempt the import is marked failed with the reason.
 */
export async function runImportApply(options: {
  db: Database;
  importId: string;
  mail?: MailSettings;
  isLastAttempt: boolean;
  now?: Date;
}): Promise<void> {
  const { db, importId } = options;
  const [upload] = await db.select().from(registerImports).where(eq(registerImports.id, importId));
  if (upload?.status !== 'applying') return;
  const [uploader] = await db.select().from(users).where(eq(users.id, upload.createdById));
  try {
    await applyImport({ db, actor: toActor(uploader), upload, mail: options.mail, now: options.now });
  } catch (error) {
    const isRefused = error instanceof AppError;
    if (!isRefused && !options.isLastAttempt) throw error;
    const message = isRefused ? error.message : 'writing failed; nothing was changed';
    await db
      .update(registerImports)
      .set({ status: 'failed', fileErrors: [{ row: 0, column: null, message }] })
      .where(and(eq(registerImports.id, importId), eq(registerImports.status, 'applying')));
    throw isRefused ? new PermanentJobError(message) : error;
  }
}
