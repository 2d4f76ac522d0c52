import type { SheetLanguage } from '../../shared/register-schemas.ts';
import { normaliseLabel } from './normalise-label.ts';

export const IMPORT_COLUMNS = [
  'reference',
  'rowId',
  'site',
  'date',
  'reporterName',
  'reporterContact',
  'channel',
  'module',
  'category',
  'urgency',
  'summary',
  'description',
  'status',
  'resolutionSummary',
] as const;
/** Exported for information; an import ignores them. */
export const EXPORT_ONLY_COLUMNS = ['level', 'assignee', 'updatedAt', 'source'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export type SheetColumn = ImportColumn | (typeof EXPORT_ONLY_COLUMNS)[number];

type Labels = Record<SheetLanguage, string>;

export const COLUMN_LABELS: Record<SheetColumn, Labels> = {
  reference: { en: 'Reference', fr: 'Référence', es: 'Referencia', pt: 'Referência', ar: 'المرجع' },
  rowId: { en: 'Row ID', fr: 'ID de ligne', es: 'ID de fila', pt: 'ID da linha', ar: 'معرّف الصف' },
  site: { en: 'Site', fr: 'Site', es: 'Sitio', pt: 'Local', ar: 'الموقع' },
  date: {
    en: 'Date received',
    fr: 'Date de réception',
    es: 'Fecha de recepción',
    pt: 'Data de recebimento',
    ar: 'تاريخ الاستلام',
  },
  reporterName: { en: 'Reporter', fr: 'Demandeur', es: 'Solicitante', pt: 'Solicitante', ar: 'مقدّم الطلب' },
  reporterContact: { en: 'Contact', fr: 'Contact', es: 'Contacto', pt: 'Contato', ar: 'جهة الاتصال' },
  channel: { en: 'Channel', fr: 'Canal', es: 'Canal', pt: 'Canal', ar: 'القناة' },
  module: { en: 'Module', fr: 'Module', es: 'Módulo', pt: 'Módulo', ar: 'الوحدة' },
  category: { en: 'Category', fr: 'Catégorie', es: 'Categoría', pt: 'Categoria', ar: 'الفئة' },
  urgency: { en: 'Urgency', fr: 'Urgence', es: 'Urgencia', pt: 'Urgência', ar: 'الأولوية' },
  summary: { en: 'Summary', fr: 'Résumé', es: 'Resumen', pt: 'Resumo', ar: 'الملخص' },
  description: { en: 'Description', fr: 'Description', es: 'Descripción', pt: 'Descrição', ar: 'الوصف' },
  status: { en: 'Status', fr: 'Statut', es: 'Estado', pt: 'Estado', ar: 'الحالة' },
  resolutionSummary: { en: 'Resolution', fr: 'Résolution', es: 'Resolución', pt: 'Resolução', ar: 'الحل' },
  level: { en: 'Level', fr: 'Niveau', es: 'Nivel', pt: 'Nível', ar: 'المستوى' },
  assignee: { en: 'Assignee', fr: 'Responsable', es: 'Asignado a', pt: 'Responsável', ar: 'المكلّف' },
  updatedAt: {
    en: 'Last updated',
    fr: 'Dernière mise à jour',
    es: 'Última actualización',
    pt: 'Última atualização',
    ar: 'آخر تحديث',
  },
  source: { en: 'Source', fr: 'Source', es: 'Origen', pt: 'Origem', ar: 'المصدر' },
};

/** Other names people give these columns in their own sheets. */
const ALIASES: Partial<Record<SheetColumn, string[]>> = {
  reference: ['ref', 'reference number'],
  rowId: ['row', 'id', 'row_id', 'rowid', 'n°', 'no'],
  date: ['date', 'received', 'fecha', 'data', 'created', 'التاريخ'],
  reporterName: ['reporter name', 'name', 'nom', 'nombre', 'nome'],
  reporterContact: ['phone', 'email', 'e-mail', 'téléphone', 'teléfono', 'telefone', 'contato', 'contacto'],
  resolutionSummary: ['resolution summary'],
};

const byNormalisedLabel = new Map<string, SheetColumn>();
for (const column of Object.keys(COLUMN_LABELS) as SheetColumn[]) {
  for (const label of [column, ...Object.values(COLUMN_LABELS[column]), ...(ALIASES[column] ?? [])]) {
    byNormalisedLabel.set(normaliseLabel(label), column);
  }
}

/** The column a header names, in any of the five languages, or `null`. */
export function columnOfHeader(header: string): SheetColumn | null {
  return byNormalisedLabel.get(normaliseLabel(header)) ?? null;
}

export const columnLabel = (column: SheetColumn, language: SheetLanguage = 'en') => COLUMN_LABELS[column][language];
