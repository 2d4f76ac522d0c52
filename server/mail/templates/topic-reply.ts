import type { MailLocale } from '../mail-locale.ts';
import type { MailContent } from './mail-content.ts';

type Data = { topicTitle: string; actorName: string; body: string; url: string };

const COPY: Record<MailLocale, { prefix: string; subject: string; intro: (d: Data) => string; action: string }> = {
  en: {
    prefix: 'Community',
    subject: 'New reply:',
    intro: (d) => `${d.actorName} replied to “${d.topicTitle}”:`,
    action: 'Open the topic',
  },
  fr: {
    prefix: 'Communauté',
    subject: 'Nouvelle réponse :',
    intro: (d) => `${d.actorName} a répondu à « ${d.topicTitle} » :`,
    action: 'Ouvrir le sujet',
  },
  es: {
    prefix: 'Comunidad',
    subject: 'Nueva respuesta:',
    intro: (d) => `${d.actorName} respondió a «${d.topicTitle}»:`,
    action: 'Abrir el tema',
  },
  pt: {
    prefix: 'Comunidade',
    subject: 'Nova resposta:',
    intro: (d) => `${d.actorName} respondeu a “${d.topicTitle}”:`,
    action: 'Abrir o tópico',
  },
  ar: {
    prefix: 'المجتمع',
    subject: 'رد جديد:',
    intro: (d) => `ردّ ${d.actorName} على «${d.topicTitle}»:`,
    action: 'فتح الموضوع',
  },
};

/** To a topic's creator and followers, for each reply someone else wrote. */
export function topicReplyMail(locale: MailLocale, data: Data): MailContent {
  const copy = COPY[locale];
  return {
    subject: `[${copy.prefix}] ${copy.subject} ${data.topicTitle}`,
    blocks: [
      { kind: 'text', text: copy.intro(data) },
      { kind: 'quote', text: data.body },
    ],
    action: { label: copy.action, url: data.url },
  };
}
