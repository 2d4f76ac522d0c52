import type { SlaAlertKind, SlaClock } from '../../../shared/sla-schemas.ts';
import type { MailLocale } from '../mail-locale.ts';
import type { MailContent } from './mail-content.ts';
import type { RequestMailData } from './request-mail-data.ts';

type Data = RequestMailData & { kind: SlaAlertKind; clock: SlaClock; level: number; dueAt: string };

type Copy = {
  subject: Record<SlaAlertKind, string>;
  clock: Record<SlaClock, string>;
  intro: (d: Data, clock: string) => string;
  breachNote: string;
  action: string;
};

const COPY: Record<MailLocale, Copy> = {
  en: {
    subject: { warning: 'SLA due soon:', breach: 'SLA breached:' },
    clock: { first_response: 'first response', next_response: 'next response', resolution: 'resolution' },
    intro: (d, clock) =>
      d.kind === 'warning'
        ? `The ${clock} of request ${d.reference} “${d.summary}” (level ${d.level}) is due at ${d.dueAt}.`
        : `The ${clock} of request ${d.reference} “${d.summary}” (level ${d.level}) was due at ${d.dueAt} and is overdue.`,
    breachNote: 'The level does not change by itself: someone has to act on it.',
    action: 'Open the request',
  },
  fr: {
    subject: { warning: 'Échéance SLA proche :', breach: 'SLA dépassé :' },
    clock: { first_response: 'première réponse', next_response: 'réponse suivante', resolution: 'résolution' },
    intro: (d, clock) =>
      d.kind === 'warning'
        ? `La ${clock} de la demande ${d.reference} « ${d.summary} » (niveau ${d.level}) est attendue pour ${d.dueAt}.`
        : `La ${clock} de la demande ${d.reference} « ${d.summary} » (niveau ${d.level}) était attendue pour ${d.dueAt} et est en retard.`,
    breachNote: 'Le niveau ne change pas tout seul : quelqu’un doit agir.',
    action: 'Ouvrir la demande',
  },
  es: {
    subject: { warning: 'Vencimiento de SLA próximo:', breach: 'SLA incumplido:' },
    clock: { first_response: 'primera respuesta', next_response: 'siguiente respuesta', resolution: 'resolución' },
    intro: (d, clock) =>
      d.kind === 'warning'
        ? `La ${clock} de la solicitud ${d.reference} «${d.summary}» (nivel ${d.level}) vence el ${d.dueAt}.`
        : `La ${clock} de la solicitud ${d.reference} «${d.summary}» (nivel ${d.level}) vencía el ${d.dueAt} y está atrasada.`,
    breachNote: 'El nivel no cambia solo: alguien tiene que actuar.',
    action: 'Abrir la solicitud',
  },
  pt: {
    subject: { warning: 'Prazo de SLA próximo:', breach: 'SLA violado:' },
    clock: { first_response: 'primeira resposta', next_response: 'próxima resposta', resolution: 'resolução' },
    intro: (d, clock) =>
      d.kind === 'warning'
        ? `A ${clock} da solicitação ${d.reference} “${d.summary}” (nível ${d.level}) vence em ${d.dueAt}.`
        : `A ${clock} da solicitação ${d.reference} “${d.summary}” (nível ${d.level}) vencia em ${d.dueAt} e está atrasada.`,
    breachNote: 'O nível não muda sozinho: alguém precisa agir.',
    action: 'Abrir a solicitação',
  },
  ar: {
    subject: { warning: 'اقتراب موعد اتفاقية مستوى الخدمة:', breach: 'تجاوز اتفاقية مستوى الخدمة:' },
    clock: { first_response: 'الرد الأول', next_response: 'الرد التالي', resolution: 'الحل' },
    intro: (d, clock) =>
      d.kind === 'warning'
        ? `موعد ${clock} للطلب ${d.reference} «${d.summary}» (المستوى ${d.level}) هو ${d.dueAt}.`
        : `كان موعد ${clock} للطلب ${d.reference} «${d.summary}» (المستوى ${d.level}) هو ${d.dueAt} وقد تأخر.`,
    breachNote: 'لا يتغير المستوى تلقائيًا: يجب أن يتصرف أحد.',
    action: 'فتح الطلب',
  },
};

/** To the assignee and the level's leads at the warning share; on breach also to admins. */
export function slaAlertMail(locale: MailLocale, data: Data): MailContent {
  const copy = COPY[locale];
  const blocks: MailContent['blocks'] = [{ kind: 'text', text: copy.intro(data, copy.clock[data.clock]) }];
  if (data.kind === 'breach') blocks.push({ kind: 'text', text: copy.breachNote });
  return {
    subject: `[${data.reference}] ${copy.subject[data.kind]} ${data.summary}`,
    blocks,
    action: { label: copy.action, url: data.url },
  };
}

export const slaClockLabel = (locale: MailLocale, clock: SlaClock) => COPY[locale].clock[clock];
