import type { MailLocale } from '../../mail/mail-locale.ts';
import type { MailContent } from '../../mail/templates/mail-content.ts';
import type { RequestMailData } from '../../mail/templates/request-mail-data.ts';

type Data = RequestMailData & { survivorReference: string; reason: string | null };

type Copy = { subject: string; intro: (d: Data) => string; after: (d: Data) => string; reason: string; action: string };

const COPY: Record<MailLocale, Copy> = {
  en: {
    subject: 'continues as',
    intro: (d) =>
      `Your request ${d.reference} “${d.summary}” was the same as ${d.survivorReference}, so the two were merged: it continues under ${d.survivorReference}.`,
    after: (d) =>
      `Nothing you wrote is lost. Keep the reference ${d.survivorReference}; you can still read and comment on ${d.reference}, and replying to this e-mail adds to ${d.survivorReference}.`,
    reason: 'Why:',
    action: 'Open your request',
  },
  fr: {
    subject: 'continue sous',
    intro: (d) =>
      `Votre demande ${d.reference} « ${d.summary} » était la même que ${d.survivorReference} : les deux ont été fusionnées et elle continue sous ${d.survivorReference}.`,
    after: (d) =>
      `Rien de ce que vous avez écrit n’est perdu. Gardez la référence ${d.survivorReference} ; vous pouvez toujours lire et commenter ${d.reference}, et répondre à ce courriel ajoute à ${d.survivorReference}.`,
    reason: 'Pourquoi :',
    action: 'Ouvrir votre demande',
  },
  es: {
    subject: 'continúa como',
    intro: (d) =>
      `Su solicitud ${d.reference} «${d.summary}» era la misma que ${d.survivorReference}, así que se fusionaron: continúa como ${d.survivorReference}.`,
    after: (d) =>
      `No se pierde nada de lo que escribió. Conserve la referencia ${d.survivorReference}; aún puede leer y comentar ${d.reference}, y responder a este correo añade a ${d.survivorReference}.`,
    reason: 'Motivo:',
    action: 'Abrir su solicitud',
  },
  pt: {
    subject: 'continua como',
    intro: (d) =>
      `A sua solicitação ${d.reference} “${d.summary}” era a mesma que ${d.survivorReference}, por isso as duas foram fundidas: continua como ${d.survivorReference}.`,
    after: (d) =>
      `Nada do que escreveu se perde. Guarde a referência ${d.survivorReference}; ainda pode ler e comentar ${d.reference}, e responder a este e-mail acrescenta a ${d.survivorReference}.`,
    reason: 'Motivo:',
    action: 'Abrir a sua solicitação',
  },
  ar: {
    subject: 'يستمر باسم',
    intro: (d) =>
      `كان طلبك ${d.reference} «${d.summary}» هو نفسه الطلب ${d.survivorReference}، لذلك تم دمجهما: يستمر الآن تحت المرجع ${d.survivorReference}.`,
    after: (d) =>
      `لم يضع شيء مما كتبته. احتفظ بالمرجع ${d.survivorReference}؛ لا يزال بإمكانك قراءة ${d.reference} والتعليق عليه، والرد على هذه الرسالة يضيف إلى ${d.survivorReference}.`,
    reason: 'السبب:',
    action: 'فتح طلبك',
  },
};

/**
 * To the reporter of a request merged into another. The subject carries the surviving reference,
 * so a reply to this mail threads into the request where the work continues.
 */
export function requestMergedMail(locale: MailLocale, data: Data): MailContent {
  const copy = COPY[locale];
  return {
    subject: `[${data.survivorReference}] ${data.reference} ${copy.subject} ${data.survivorReference}: ${data.summary}`,
    blocks: [
      { kind: 'text', text: copy.intro(data) },
      ...(data.reason
        ? [
            { kind: 'text' as const, text: copy.reason },
            { kind: 'quote' as const, text: data.reason },
          ]
        : []),
      { kind: 'text', text: copy.after(data) },
    ],
    action: { label: copy.action, url: data.url },
  };
}
