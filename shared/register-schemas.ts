import { z } from 'zod';
import { csv, ZCategory, ZChannel, ZId, ZListHelpRequestsQuery, ZModule, ZStatus, ZUrgency } from './schemas.ts';

export const SHEET_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'] as const;
export type SheetLanguage = (typeof SHEET_LANGUAGES)[number];
export const ZSheetLanguage = z.enum(SHEET_LANGUAGES);

export const SHEET_FORMATS = ['xlsx', 'csv'] as const;
export const ZSheetFormat = z.enum(SHEET_FORMATS);
export type TSheetFormat = z.infer<typeof ZSheetFormat>;

export const ZCsvDelimiter = z.enum(['comma', 'semicolon']);

export const ZTemplateQuery = z.object({
  format: ZSheetFormat.default('xlsx'),
  language: ZSheetLanguage.optional(),
  delimiter: ZCsvDelimiter.default('comma'),
});

/** The register's list filters, without paging, plus the file format. */
export const ZExportQuery = ZListHelpRequestsQuery.omit({ cursor: true, limit: true }).extend({
  format: ZSheetFormat.default('xlsx'),
  language: ZSheetLanguage.optional(),
  delimiter: ZCsvDelimiter.default('comma'),
  /** A client-made id; the page polls /api/register/exports/:id for progress while the file streams. */
  exportId: ZId.optional(),
  status: csv(ZStatus),
});
export type TExportQuery = z.infer<typeof ZExportQuery>;

export const ZExportProgress = z.object({
  id: ZId,
  status: z.enum(['running', 'done', 'failed']),
  format: ZSheetFormat,
  rowsTotal: z.number(),
  rowsDone: z.number(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TExportProgress = z.infer<typeof ZExportProgress>;

/** One problem in an import, in words: which row, which column, why. Row 0 is the file itself. */
export const ZImportProblem = z.object({ row: z.number(), column: z.string().nullable(), message: z.string() });
export type TImportProblem = z.infer<typeof ZImportProblem>;

export const IMPORT_STATUSES = ['analysing', 'ready', 'failed', 'applying', 'applied'] as const;
export const IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'error'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export const ZImportCounts = z.object({
  create: z.number(),
  update: z.number(),
  unchanged: z.number(),
  error: z.number(),
});
export type TImportCounts = z.infer<typeof ZImportCounts>;

export const ZRegisterImport = z.object({
  id: ZId,
  fileName: z.string(),
  format: ZSheetFormat,
  siteId: ZId.nullable(),
  status: z.enum(IMPORT_STATUSES),
  rowsTotal: z.number().nullable(),
  rowsDone: z.number(),
  counts: ZImportCounts,
  /** Problems with the whole file (columns, encoding…); row problems are in the rows. */
  fileErrors: z.array(ZImportProblem),
  /** Row errors, first 500, so the preview lists them without paging. */
  errors: z.array(ZImportProblem),
  notices: z.array(ZImportProblem),
  canConfirm: z.boolean(),
  createdAt: z.string(),
  appliedAt: z.string().nullable(),
});
export type TRegisterImport = z.infer<typeof ZRegisterImport>;

/** The values a row carries after validation (codes, not labels). */
export const ZImportValues = z.object({
  siteId: ZId,
  siteCode: z.string(),
  reference: z.string().nullable(),
  rowId: z.string().nullable(),
  receivedAt: z.string().nullable(),
  reporterName: z.string().nullable(),
  reporterContact: z.string().nullable(),
  channel: ZChannel.nullable(),
  module: ZModule.nullable(),
  category: ZCategory.nullable(),
  urgency: ZUrgency.nullable(),
  summary: z.string(),
  /** `null` when the file has no such column: the request keeps its value. */
  description: z.string().nullable(),
  status: ZStatus.nullable(),
  resolutionSummary: z.string().nullable(),
});
export type TImportValues = z.infer<typeof ZImportValues>;

export const ZImportChange = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });

export const ZImportRow = z.object({
  row: z.number(),
  action: z.enum(IMPORT_ACTIONS),
  reference: z.string().nullable(),
  rowId: z.string().nullable(),
  summary: z.string().nullable(),
  changes: z.array(ZImportChange),
  errors: z.array(ZImportProblem),
});
export type TImportRow = z.infer<typeof ZImportRow>;

export const ZImportRowsQuery = z.object({
  action: z.enum(IMPORT_ACTIONS).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ZImportRowsResponse = z.object({ items: z.array(ZImportRow), total: z.number() });

export const ZUploadImportQuery = z.object({
  siteId: ZId.optional(),
  /** A client-made id, so the page can poll progress while the upload is analysed. */
  importId: ZId.optional(),
});
