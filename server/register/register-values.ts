import { type CATEGORIES, type CHANNELS, MODULE_LABELS, MODULES, type STATUSES, type URGENCIES } from '../../shared/constants.ts';
import type { SheetLanguage } from '../../shared/register-schemas.ts';
import { normaliseLabel } from './normalise-label.ts';

type Labels = Record<SheetLanguage, string>;

const CATEGORY_LABELS: Record<(typeof CATEGORIES)[number], Labels> = {
  access: { en: 'Access', fr: 'Accès', es: 'Acceso', pt: 'Acesso', ar: 'الوصول' },
  data: { en: 'Data', fr: 'Données', es: 'Datos', pt: 'Dados', ar: 'البيانات' },
  sync: { en: 'Sync', fr: 'Synchronisation', es: 'Sincronización', pt: 'Sincronização', ar: 'المزامنة' },
  configuration: { en: 'Configuration', fr: 'Configuration', es: 'Configuración', pt: 'Configuração', ar: 'الإعدادات' },
  bug: { en: 'Bug', fr: 'Anomalie', es: 'Error', pt: 'Erro', ar: 'خلل' },
  performance: { en: 'Performance', fr: 'Performance', es: 'Rendimiento', pt: 'Desempenho', ar: 'الأداء' },
  training: { en: 'Training', fr: 'Formation', es: 'Capacitación', pt: 'Formação', ar: 'التدريب' },
  feature: {
    en: 'Feature request',
    fr: 'Demande de fonctionnalité',
    es: 'Nueva funcionalidad',
    pt: 'Nova funcionalidade',
    ar: 'طلب ميزة',
  },
  other: { en: 'Other', fr: 'Autre', es: 'Otro', pt: 'Outro', ar: 'أخرى' },
};

const URGENCY_LABELS: Record<(typeof URGENCIES)[number], Labels> = {
  critical: { en: 'Critical', fr: 'Critique', es: 'Crítica', pt: 'Crítica', ar: 'حرجة' },
  high: { en: 'High', fr: 'Haute', es: 'Alta', pt: 'Alta', ar: 'عالية' },
  normal: { en: 'Normal', fr: 'Normale', es: 'Normal', pt: 'Normal', ar: 'عادية' },
  low: { en: 'Low', fr: 'Basse', es: 'Baja', pt: 'Baixa', ar: 'منخفضة' },
};

const CHANNEL_LABELS: Record<(typeof CHANNELS)[number], Labels> = {
  email: { en: 'E-mail', fr: 'Courriel', es: 'Correo electrónico', pt: 'E-mail', ar: 'البريد الإلكتروني' },
  phone: { en: 'Phone', fr: 'Téléphone', es: 'Teléfono', pt: 'Telefone', ar: 'الهاتف' },
  web: { en: 'Web', fr: 'Web', es: 'Web', pt: 'Web', ar: 'الويب' },
  walk_in: { en: 'Walk-in', fr: 'Sur place', es: 'En persona', pt: 'Presencial', ar: 'حضوري' },
  spreadsheet: { en: 'Spreadsheet', fr: 'Tableur', es: 'Hoja de cálculo', pt: 'Planilha', ar: 'جدول البيانات' },
  community: { en: 'Community', fr: 'Communauté', es: 'Comunidad', pt: 'Comunidade', ar: 'المجتمع' },
};

const STATUS_LABELS: Record<(typeof STATUSES)[number], Labels> = {
  new: { en: 'New', fr: 'Nouveau', es: 'Nuevo', pt: 'Novo', ar: 'جديد' },
  in_progress: { en: 'In progress', fr: 'En cours', es: 'En curso', pt: 'Em andamento', ar: 'قيد المعالجة' },
  waiting_on_reporter: {
    en: 'Waiting on reporter',
    fr: 'En attente du demandeur',
    es: 'Esperando al solicitante',
    pt: 'Aguardando o solicitante',
    ar: 'بانتظار مقدّم الطلب',
  },
  escalated: { en: 'Escalated', fr: 'Escaladé', es: 'Escalado', pt: 'Escalado', ar: 'مُصعَّد' },
  resolved: { en: 'Resolved', fr: 'Résolu', es: 'Resuelto', pt: 'Resolvido', ar: 'تم الحل' },
  closed: { en: 'Closed', fr: 'Fermé', es: 'Cerrado', pt: 'Fechado', ar: 'مغلق' },
  deferred: { en: 'Deferred', fr: 'Reporté', es: 'Aplazado', pt: 'Adiado', ar: 'مؤجَّل' },
};

const MODULE_VALUE_LABELS = Object.fromEntries(
  MODULES.map((module) => [
    module,
    {
      en: MODULE_LABELS[module],
      fr: MODULE_LABELS[module],
      es: MODULE_LABELS[module],
      pt: MODULE_LABELS[module],
      ar: MODULE_LABELS[module],
    },
  ]),
) as Record<(typeof MODULES)[number], Labels>;

export const LIST_LABELS = {
  module: MODULE_VALUE_LABELS,
  category: CATEGORY_LABELS,
  urgency: URGENCY_LABELS,
  channel: CHANNEL_LABELS,
  status: STATUS_LABELS,
} as const;
export type ListField = keyof typeof LIST_LABELS;

const lookups = Object.fromEntries(
  Object.entries(LIST_LABELS).map(([field, labels]) => {
    const map = new Map<string, string>();
    for (const [code, byLanguage] of Object.entries(labels as Record<string, Labels>)) {
      for (const label of [code, ...Object.values(byLanguage)]) map.set(normaliseLabel(label), code);
    }
    return [field, map];
  }),
) as Record<ListField, Map<string, string>>;

/** The code a list cell means: its code or its label in any of the five languages. */
export function codeOfListValue(field: ListField, text: string): string | null {
  // A sheet repeats a handful of values thousands of times; remember each as typed.
  const key = `${field}\u0000${text}`;
  let code = seen.get(key);
  if (code === undefined) {
    code = lookups[field].get(normaliseLabel(text)) ?? null;
    if (seen.size < 10_000) seen.set(key, code);
  }
  return code;
}
const seen = new Map<string, string | null>();

export function labelOfListValue(field: ListField, code: string, language: SheetLanguage): string {
  const labels = LIST_LABELS[field] as Record<string, Labels>;
  return labels[code]?.[language] ?? code;
}
