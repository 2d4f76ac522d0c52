import type { MailLocale } from '../mail-locale.ts';
import type { MailContent } from './mail-content.ts';

type Data = { items: { title: string; url: string }[]; url: string };

const COPY: Record<MailLocale, { subject: (count: number) => string; intro: string; action: string }> = {
  en: {
    subject: (count) => `Support Hub: your daily summary (${count})`,
    intro: 'Here is what happened since your last summary:',
    action: 'Open Support Hub',
  },
  fr: {
    subject: (count) => `Support Hub : votre résumé quotidien (${count})`,
    intro: 'Voici ce qui s’est passé depuis votre dernier résumé :',
    action: 'Ouvrir Support Hub',
  },
  es: {
    subject: (count) => `Support Hub: su resumen diario (${count})`,
    intro: 'Esto es lo que pasó desde su último resumen:',
    action: 'Abrir Support Hub',
  },
  pt: {
    subject: (count) => `Support Hub: o seu resumo diário (${count})`,
    intro: 'Eis o que aconteceu desde o seu último resumo:',
    action: 'Abrir o Support Hub',
  },
  ar: {
    subject: (count) => `Support Hub: ملخصك اليومي (${count})`,
    intro: 'إليك ما حدث منذ ملخصك الأخير:',
    action: 'فتح Support Hub',
  },
};

/** One mail with every notification a person chose to get once a day, each a line with its link. */
export function dailyDigestMail(locale: MailLocale, data: Data): MailContent {
  const copy = COPY[locale];
  return {
    subject: copy.subject(data.items.length),
    blocks: [
      { kind: 'text', text: copy.intro },
      { kind: 'links', items: data.items },
    ],
    action: { label: copy.action, url: data.url },
  };
}
