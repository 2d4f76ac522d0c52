import type { MailLocale } from '../mail-locale.ts';
import type { MailContent } from './mail-content.ts';
import type { RequestMailData } from './request-mail-data.ts';

type Data = RequestMailData & { actorName: string; level: number };

const COPY: Record<MailLocale, { subject: string; intro: (d: Data) => string; action: string }> = {
  en: {
    subject: 'Assigned to you:',
    intro: (d) => `${d.actorName} assigned request ${d.reference} “${d.summary}” (level ${d.level}) to you.`,
    action: 'Open the request',
  },
  fr: {
    subject: 'Vous est assignée :',
    intro: (d) => `${d.actorName} vous a assigné la demande ${d.reference} « ${d.summary} » (niveau ${d.level}).`,
    action: 'Ouvrir la demande',
  },
  es: {
    subject: 'Asignada a usted:',
    intro: (d) => `${d.actorName} le asignó la solicitud ${d.reference} «${d.summary}» (nivel ${d.level}).`,
    action: 'Abrir la solicitud',
  },
  pt: {
    subject: 'Atribuída a você:',
    intro: (d) => `${d.actorName} atribuiu a você a solicitação ${d.reference} “${d.summary}” (nível ${d.level}).`,
    action: 'Abrir a solicitação',
  },
  ar: {
    subject: 'أُسند إليك:',
    intro: (d) => `أسند ${d.actorName} إليك الطلب ${d.reference} «${d.summary}» (المستوى ${d.level}).`,
    action: 'فتح الطلب',
  },
};

/** To the new assignee. */
export function requestAssignedMail(locale: MailLocale, data: Data): MailContent {
  const copy = COPY[locale];
  return {
    subject: `[${data.reference}] ${copy.subject} ${data.summary}`,
    blocks: [{ kind: 'text', text: copy.intro(data) }],
    action: { label: copy.action, url: data.url },
  };
}
