import { eq } from 'drizzle-orm';
import type { TRegisterImport } from '../../shared/register-schemas.ts';
import type { Database } from '../db/client.ts';
import { registerImports, sites } from '../db/schema/index.ts';
import { AppError, forbidden } from '../errors.ts';
import type { Actor } from '../policies/actor.ts';
import { canImportRegisterAt } from '../policies/register-policy.ts';
import { analyseImport } from './analyse-import.ts';
import { presentImport } from './present-import.ts';
import { sniffSpreadsheet } from './sniff-spreadsheet.ts';

/**
 * Takes an uploaded sheet and analyses it into a preview. Nothing reaches the register until
 * `confirmImport`; the page polls the import (its id may be chosen by the client) for progress.
 */
export async function startImport(options: {
  db: Database;
  actor: Actor;
  fileName: string;
  bytes: Buffer;
  siteId?: string;
  importId?: string;
  now?: Date;
}): Promise<TRegisterImport> {
  const { db, actor, bytes } = options;
  const format = sniffSpreadsheet(options.fileName, bytes);
  if (options.siteId) {
    const [site] = await db.select().from(sites).where(eq(sites.id, options.siteId));
    if (!site) throw new AppError('invalid', 'No such site', { errors: [{ field: 'siteId', message: 'is not a known site' }] });
    if (!canImportRegisterAt(actor, site)) throw forbidden(`You may not import requests for ${site.name}`);
  }
  const [upload] = await db
    .insert(registerImports)
    .values({
      ...(options.importId ? { id: options.importId } : {}),
      createdById: actor.id,
      siteId: options.siteId ?? null,
      fileName: options.fileName.slice(0, 200),
      fileSize: bytes.length,
      format,
    })
    .onConflictDoNothing()
    .returning();
  if (!upload)
    throw new AppError('conflict', 'An import with this id exists already', {
      errors: [{ field: 'importId', message: 'is taken' }],
    });
  try {
    await analyseImport({ db, actor, importId: upload.id, format, bytes, now: options.now });
  } catch (error) {
    const message = error instanceof AppError ? (error.errors?.[0]?.message ?? error.message) : 'could not be read';
    await db
      .update(registerImports)
      .set({ status: 'failed', fileErrors: [{ row: 0, column: null, message: `The file ${message}` }] })
      .where(eq(registerImports.id, upload.id));
    throw error;
  }
  const [analysed] = await db.select().from(registerImports).where(eq(registerImports.id, upload.id));
  return presentImport(db, analysed);
}
