import type { MailLocale } from '../mail-locale.ts';
import type { MailContent } from './mail-content.ts';
import type { RequestMailData } from './request-mail-data.ts';

type Data = RequestMailData & { siteName: string; moduleLabel: string };

const COPY: Record<MailLocale, { subject: string; intro: (d: Data) => string; ask: string; action: string }> = {
  en: {
    subject: 'CRITICAL, work stopped:',
    intro: (d) => `A critical request was logged at ${d.siteName} (${d.moduleLabel}): ${d.reference} “${d.summary}”.`,
    ask: 'You are on duty for level 2. Open it and acknowledge it so the others know it is taken.',
    action: 'Open and acknowledge',
  },
  fr: {
    subject: 'CRITIQUE, travail bloqué :',
    intro: (d) => `Une demande critique a été enregistrée à ${d.siteName} (${d.moduleLabel}) : ${d.reference} « ${d.summary} ».`,
    ask: 'Vous êtes d’astreinte pour le niveau 2. Ouvrez-la et accusez-en réception pour que les autres sachent qu’elle est prise.',
    action: 'Ouvrir et accuser réception',
  },
  es: {
    subject: 'CRÍTICA, trabajo detenido:',
    intro: (d) => `Se registró una solicitud crítica en ${d.siteName} (${d.moduleLabel}): ${d.reference} «${d.summary}».`,
    ask: 'Usted está de guardia para el nivel 2. Ábrala y confirme su recepción para que los demás sepan que está atendida.',
    action: 'Abrir y confirmar',
  },
  pt: {
    subject: 'CRÍTICA, trabalho parado:',
    intro: (d) => `Uma solicitação crítica foi registrada em ${d.siteName} (${d.moduleLabel}): ${d.reference} “${d.summary}”.`,
    ask: 'Você está de plantão no nível 2. Abra-a e confirme o recebimento para que os outros saibam que foi assumida.',
    action: 'Abrir e confirmar',
  },
  ar: {
    subject: 'حرج، توقف العمل:',
    intro: (d) => `سُجّل طلب حرج في ${d.siteName} (${d.moduleLabel}): ${d.reference} «${d.summary}».`,
    ask: 'أنت مناوب للمستوى الثاني. افتحه وأكّد استلامه ليعرف الآخرون أنه قيد المعالجة.',
    action: 'فتح وتأكيد الاستلام',
  },
};

/** Pages the level-2 people on duty the moment a critical request comes in. */
export function criticalPageMail(locale: MailLocale, data: Data): MailContent {
  const copy = COPY[locale];
  return {
    subject: `[${data.reference}] ${copy.subject} ${data.summary}`,
    blocks: [
      { kind: 'text', text: copy.intro(data) },
      { kind: 'text', text: copy.ask },
    ],
    action: { label: copy.action, url: data.url },
  };
}
