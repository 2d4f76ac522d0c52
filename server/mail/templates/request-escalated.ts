import type { MailLocale } from '../mail-locale.ts';
import type { MailContent } from './mail-content.ts';
import type { RequestMailData } from './request-mail-data.ts';

type Data = RequestMailData & { actorName: string; toLevel: number; teamName: string | null; reason: string };

type Copy = { subject: (level: number) => string; intro: (d: Data) => string; reason: string; action: string };

const COPY: Record<MailLocale, Copy> = {
  en: {
    subject: (level) => `Escalated to level ${level}:`,
    intro: (d) =>
      `${d.actorName} escalated request ${d.reference} “${d.summary}” to level ${d.toLevel}${d.teamName ? `, for your team ${d.teamName}` : ''}.`,
    reason: 'Reason:',
    action: 'Open the request',
  },
  fr: {
    subject: (level) => `Escaladée au niveau ${level} :`,
    intro: (d) =>
      `${d.actorName} a escaladé la demande ${d.reference} « ${d.summary} » au niveau ${d.toLevel}${d.teamName ? `, pour votre équipe ${d.teamName}` : ''}.`,
    reason: 'Motif :',
    action: 'Ouvrir la demande',
  },
  es: {
    subject: (level) => `Escalada al nivel ${level}:`,
    intro: (d) =>
      `${d.actorName} escaló la solicitud ${d.reference} «${d.summary}» al nivel ${d.toLevel}${d.teamName ? `, para su equipo ${d.teamName}` : ''}.`,
    reason: 'Motivo:',
    action: 'Abrir la solicitud',
  },
  pt: {
    subject: (level) => `Escalada para o nível ${level}:`,
    intro: (d) =>
      `${d.actorName} escalou a solicitação ${d.reference} “${d.summary}” para o nível ${d.toLevel}${d.teamName ? `, para a sua equipe ${d.teamName}` : ''}.`,
    reason: 'Motivo:',
    action: 'Abrir a solicitação',
  },
  ar: {
    subject: (level) => `صُعّد إلى المستوى ${level}:`,
    intro: (d) =>
      `صعّد ${d.actorName} الطلب ${d.reference} «${d.summary}» إلى المستوى ${d.toLevel}${d.teamName ? `، لفريقك ${d.teamName}` : ''}.`,
    reason: 'السبب:',
    action: 'فتح الطلب',
  },
};

/** To the people of the new level: coordinators and help desk for level 2, the vendor team for level 3. */
export function requestEscalatedMail(locale: MailLocale, data: Data): MailContent {
  const copy = COPY[locale];
  return {
    subject: `[${data.reference}] ${copy.subject(data.toLevel)} ${data.summary}`,
    blocks: [
      { kind: 'text', text: copy.intro(data) },
      { kind: 'text', text: copy.reason },
      { kind: 'quote', text: data.reason },
    ],
    action: { label: copy.action, url: data.url },
  };
}
