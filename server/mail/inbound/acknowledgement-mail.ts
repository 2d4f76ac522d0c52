import type { MailLocale } from '../mail-locale.ts';
import { escapeHtml } from '../templates/escape-html.ts';

type Data = { reference: string; summary: string; siteName: string };
type Copy = { received: (d: Data) => string; reply: (d: Data) => string; automatic: string };

const COPY: Record<MailLocale, Copy> = {
  en: {
    received: (d) =>
      `We received your request and registered it as ${d.reference} “${d.summary}” for ${d.siteName}. Someone from the support team will answer you.`,
    reply: (d) => `To add details, reply to this e-mail and keep [${d.reference}] in the subject.`,
    automatic: 'This is an automatic reply from Support Hub.',
  },
  fr: {
    received: (d) =>
      `Nous avons bien reçu votre demande, enregistrée sous ${d.reference} « ${d.summary} » pour ${d.siteName}. Un membre de l’équipe de support vous répondra.`,
    reply: (d) => `Pour ajouter des précisions, répondez à ce courriel en gardant [${d.reference}] dans l’objet.`,
    automatic: 'Ceci est une réponse automatique de Support Hub.',
  },
  es: {
    received: (d) =>
      `Recibimos su solicitud y la registramos como ${d.reference} «${d.summary}» para ${d.siteName}. Alguien del equipo de soporte le responderá.`,
    reply: (d) => `Para añadir detalles, responda a este correo y mantenga [${d.reference}] en el asunto.`,
    automatic: 'Esta es una respuesta automática de Support Hub.',
  },
  pt: {
    received: (d) =>
      `Recebemos a sua solicitação e registámo-la como ${d.reference} “${d.summary}” para ${d.siteName}. Alguém da equipa de suporte irá responder-lhe.`,
    reply: (d) => `Para acrescentar detalhes, responda a este e-mail mantendo [${d.reference}] no assunto.`,
    automatic: 'Esta é uma resposta automática do Support Hub.',
  },
  ar: {
    received: (d) =>
      `تلقينا طلبك وسجلناه برقم ${d.reference} «${d.summary}» لموقع ${d.siteName}. سيرد عليك أحد أعضاء فريق الدعم.`,
    reply: (d) => `لإضافة تفاصيل، رد على هذه الرسالة مع إبقاء [${d.reference}] في الموضوع.`,
    automatic: 'هذا رد آلي من Support Hub.',
  },
};

/** The acknowledgement a new reporter gets, in the site's language: no link, since they may have no account. */
export function acknowledgementMail(locale: MailLocale, data: Data): { subject: string; text: string; html: string } {
  const copy = COPY[locale];
  const paragraphs = [copy.received(data), copy.reply(data)];
  const isRtl = locale === 'ar';
  const subject = `[${data.reference}] ${data.summary}`;
  const text = `${paragraphs.join('\n\n')}\n\n-- \n${copy.automatic}\n`;
  const html = `<!doctype html>
<html lang="${locale}" dir="${isRtl ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px 16px;font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2933;text-align:${isRtl ? 'right' : 'left'}">
${paragraphs.map((paragraph) => `<p style="margin:0 0 16px">${escapeHtml(paragraph)}</p>`).join('\n')}
<p style="margin:24px 0 0;font-size:12px;color:#616e7c">${escapeHtml(copy.automatic)}</p>
</body>
</html>
`;
  return { subject, text, html };
}
