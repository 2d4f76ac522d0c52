import { eq } from 'drizzle-orm';
import type { TImportCounts, TImportProblem, TImportValues, TSheetFormat } from '../../shared/register-schemas.ts';
import type { Database } from '../db/client.ts';
import { registerImportRows, registerImports, sites } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { canImportRegisterAt } from '../policies/register-policy.ts';
import { findExistingRequests, rowKey } from './find-existing-requests.ts';
import { mapHeaderRow } from './map-header-row.ts';
import { type ExistingRequest, type ImportChange, planImportRow } from './plan-import-row.ts';
import { readRowValues, type SiteRow } from './read-row-values.ts';
import { readSheetRows } from './read-sheet-rows.ts';
import { columnLabel } from './register-columns.ts';

export const MAX_IMPORT_ROWS = 100_000;
const PROGRESS_EVERY = 2000;
const WRITE_BATCH = 1000;
const MAX_NOTICES = 200;

type PlannedRow = {
  row: number;
  values: TImportValues | null;
  errors: TImportProblem[];
  action: 'create' | 'update' | 'unchanged' | 'error';
  changes: ImportChange[];
  existing: ExistingRequest | null;
};

const isBlankRow = (cells: { kind: string }[]) => cells.every((cell) => !cell || cell.kind === 'empty');

/**
 * Reads the file row by row into a preview: what each row will create or update and every
 * problem, stored in register_import_rows. Writes nothing to the register itself.
 */
export async function analyseImport(options: {
  db: Database;
  actor: Actor;
  importId: string;
  format: TSheetFormat;
  bytes: Buffer;
  now?: Date;
}): Promise<void> {
  const { db, actor, importId } = options;
  const now = options.now ?? new Date();
  const [upload] = await db.select().from(registerImports).where(eq(registerImports.id, importId));
  const siteRows = await db.select().from(sites);
  const sitesByCode = new Map(siteRows.map((site) => [site.code, site]));
  const sitesById = new Map(siteRows.map((site) => [site.id, site]));
  const defaultSite = upload.siteId ? (sitesById.get(upload.siteId) ?? null) : null;

  const fail = async (fileErrors: TImportProblem[], notices: TImportProblem[] = []) => {
    await db.update(registerImports).set({ status: 'failed', fileErrors, notices }).where(eq(registerImports.id, importId));
  };

  let mapping: ReturnType<typeof mapHeaderRow> | null = null;
  const planned: PlannedRow[] = [];
  const notices: TImportProblem[] = [];
  let noticeCount = 0;
  for await (const { row, cells } of readSheetRows(options.format, options.bytes)) {
    if (isBlankRow(cells)) continue;
    if (!mapping) {
      mapping = mapHeaderRow(row, cells);
      notices.push(...mapping.notices);
      if (mapping.fileErrors.length > 0) return fail(mapping.fileErrors, notices);
      continue;
    }
    if (planned.length >= MAX_IMPORT_ROWS) {
      return fail([
        {
          row,
          column: null,
          message: `the file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows: split it into smaller files`,
        },
      ]);
    }
    const reading = readRowValues(row, cells, {
      columns: mapping.columns,
      sitesByCode,
      defaultSite,
      mayImportAt: (site) => canImportRegisterAt(actor, site),
      now,
    });
    noticeCount += reading.notices.length;
    if (notices.length < MAX_NOTICES) notices.push(...reading.notices.slice(0, MAX_NOTICES - notices.length));
    planned.push({
      row,
      values: reading.values,
      errors: reading.errors,
      action: reading.values ? 'create' : 'error',
      changes: [],
      existing: null,
    });
    if (planned.length % PROGRESS_EVERY === 0) {
      await db.update(registerImports).set({ rowsDone: planned.length }).where(eq(registerImports.id, importId));
    }
  }
  if (!mapping) return fail([{ row: 0, column: null, message: 'the sheet is empty: the first row must name the columns' }]);
  if (noticeCount > notices.length) {
    notices.push({ row: 0, column: null, message: `and ${noticeCount - notices.length} more notices like these` });
  }

  markDuplicateKeys(planned);
  const valid = planned.flatMap((entry) => (entry.values ? [entry.values] : []));
  const existing = await findExistingRequests(db, valid);
  for (const entry of planned) {
    if (!entry.values) continue;
    const values = entry.values;
    const found = values.reference
      ? (existing.byReference.get(values.reference) ?? null)
      : values.rowId
        ? (existing.byRowKey.get(rowKey(values.siteId, values.rowId)) ?? null)
        : null;
    const plan = planImportRow({ row: entry.row, values, existing: found, site: sitesById.get(values.siteId) as SiteRow, actor });
    Object.assign(entry, { action: plan.action, changes: plan.changes, errors: plan.errors, existing: found });
    // The preview names the request a Row ID found.
    if (found && !values.reference) entry.values = { ...values, reference: found.reference };
  }

  const counts: TImportCounts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const entry of planned) counts[entry.action] += 1;
  for (let start = 0; start < planned.length; start += WRITE_BATCH) {
    await db.insert(registerImportRows).values(
      planned.slice(start, start + WRITE_BATCH).map((entry) => ({
        importId,
        row: entry.row,
        action: entry.action,
        requestId: entry.existing?.id ?? null,
        baseUpdatedAt: entry.existing?.updatedAt ?? null,
        values: entry.values,
        changes: entry.changes,
        errors: entry.errors,
      })),
    );
  }
  await db
    .update(registerImports)
    .set({ status: 'ready', rowsTotal: planned.length, rowsDone: planned.length, counts, notices })
    .where(eq(registerImports.id, importId));
}

/** Two rows of one file naming the same request would fight; the later one is an error. */
function markDuplicateKeys(planned: PlannedRow[]) {
  const seen = new Map<string, number>();
  for (const entry of planned) {
    const values = entry.values;
    if (!values) continue;
    const key = values.reference ? `ref:${values.reference}` : `row:${rowKey(values.siteId, values.rowId ?? '')}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, entry.row);
      continue;
    }
    const column = values.reference ? columnLabel('reference') : columnLabel('rowId');
    entry.errors.push({
      row: entry.row,
      column,
      message: `is the same as on row ${first}; each row must name a different request`,
    });
    entry.values = null;
    entry.action = 'error';
  }
}
