import type { MailLocale } from '../mail-locale.ts';
import type { MailContent } from './mail-content.ts';
import type { RequestMailData } from './request-mail-data.ts';

type Data = RequestMailData & { actorName: string; resolution: string };

type Copy = { subject: string; intro: (d: Data) => string; resolution: string; reopen: string; action: string };

const COPY: Record<MailLocale, Copy> = {
  en: {
    subject: 'Resolved:',
    intro: (d) => `Your request ${d.reference} “${d.summary}” was resolved by ${d.actorName}.`,
    resolution: 'Resolution:',
    reopen: 'If this did not solve your problem, reply to this e-mail to reopen the request.',
    action: 'Open the request',
  },
  fr: {
    subject: 'Résolue :',
    intro: (d) => `Votre demande ${d.reference} « ${d.summary} » a été résolue par ${d.actorName}.`,
    resolution: 'Résolution :',
    reopen: 'Si le problème n’est pas réglé, répondez à ce courriel pour rouvrir la demande.',
    action: 'Ouvrir la demande',
  },
  es: {
    subject: 'Resuelta:',
    intro: (d) => `Su solicitud ${d.reference} «${d.summary}» fue resuelta por ${d.actorName}.`,
    resolution: 'Resolución:',
    reopen: 'Si esto no resolvió su problema, responda a este correo para reabrir la solicitud.',
    action: 'Abrir la solicitud',
  },
  pt: {
    subject: 'Resolvida:',
    intro: (d) => `A sua solicitação ${d.reference} “${d.summary}” foi resolvida por ${d.actorName}.`,
    resolution: 'Resolução:',
    reopen: 'Se isto não resolveu o seu problema, responda a este e-mail para reabrir a solicitação.',
    action: 'Abrir a solicitação',
  },
  ar: {
    subject: 'تم الحل:',
    intro: (d) => `تم حل طلبك ${d.reference} «${d.summary}» بواسطة ${d.actorName}.`,
    resolution: 'الحل:',
    reopen: 'إذا لم يحل هذا مشكلتك، فرد على هذه الرسالة لإعادة فتح الطلب.',
    action: 'فتح الطلب',
  },
};

/** To the reporter, with the resolution and how to reopen by replying. */
export function requestResolvedMail(locale: MailLocale, data: Data): MailContent {
  const copy = COPY[locale];
  return {
    subject: `[${data.reference}] ${copy.subject} ${data.summary}`,
    blocks: [
      { kind: 'text', text: copy.intro(data) },
      { kind: 'text', text: copy.resolution },
      { kind: 'quote', text: data.resolution },
      { kind: 'text', text: copy.reopen },
    ],
    action: { label: copy.action, url: data.url },
  };
}
