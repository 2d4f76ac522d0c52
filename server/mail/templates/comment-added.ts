import type { MailLocale } from '../mail-locale.ts';
import type { MailContent } from './mail-content.ts';
import type { RequestMailData } from './request-mail-data.ts';

/** `isReporter`: the mail goes to the request's reporter ("your request"), else to staff working it. */
type Data = RequestMailData & { actorName: string; body: string; isReporter: boolean };

const COPY: Record<
  MailLocale,
  { subject: string; intro: (d: Data) => string; staffIntro: (d: Data) => string; outro: string; action: string }
> = {
  en: {
    subject: 'New comment:',
    intro: (d) => `${d.actorName} commented on your request ${d.reference} “${d.summary}”:`,
    staffIntro: (d) => `${d.actorName} commented on the request ${d.reference} “${d.summary}” assigned to you:`,
    outro: 'You can answer on the request page.',
    action: 'Open the request',
  },
  fr: {
    subject: 'Nouveau commentaire :',
    intro: (d) => `${d.actorName} a commenté votre demande ${d.reference} « ${d.summary} » :`,
    staffIntro: (d) => `${d.actorName} a commenté la demande ${d.reference} « ${d.summary} » qui vous est assignée :`,
    outro: 'Vous pouvez répondre sur la page de la demande.',
    action: 'Ouvrir la demande',
  },
  es: {
    subject: 'Nuevo comentario:',
    intro: (d) => `${d.actorName} comentó su solicitud ${d.reference} «${d.summary}»:`,
    staffIntro: (d) => `${d.actorName} comentó la solicitud ${d.reference} «${d.summary}» asignada a usted:`,
    outro: 'Puede responder en la página de la solicitud.',
    action: 'Abrir la solicitud',
  },
  pt: {
    subject: 'Novo comentário:',
    intro: (d) => `${d.actorName} comentou a sua solicitação ${d.reference} “${d.summary}”:`,
    staffIntro: (d) => `${d.actorName} comentou a solicitação ${d.reference} “${d.summary}” atribuída a você:`,
    outro: 'Você pode responder na página da solicitação.',
    action: 'Abrir a solicitação',
  },
  ar: {
    subject: 'تعليق جديد:',
    intro: (d) => `علّق ${d.actorName} على طلبك ${d.reference} «${d.summary}»:`,
    staffIntro: (d) => `علّق ${d.actorName} على الطلب ${d.reference} «${d.summary}» المسند إليك:`,
    outro: 'يمكنك الرد في صفحة الطلب.',
    action: 'فتح الطلب',
  },
};

/** A public comment, to the reporter or the assignee (internal notes never come here). */
export function commentAddedMail(locale: MailLocale, data: Data): MailContent {
  const copy = COPY[locale];
  return {
    subject: `[${data.reference}] ${copy.subject} ${data.summary}`,
    blocks: [
      { kind: 'text', text: data.isReporter ? copy.intro(data) : copy.staffIntro(data) },
      { kind: 'quote', text: data.body },
      { kind: 'text', text: copy.outro },
    ],
    action: { label: copy.action, url: data.url },
  };
}
