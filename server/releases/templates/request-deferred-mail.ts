import type { MailLocale } from '../../mail/mail-locale.ts';
import type { MailContent } from '../../mail/templates/mail-content.ts';
import type { RequestMailData } from '../../mail/templates/request-mail-data.ts';

type Data = RequestMailData & { version: string; moduleLabel: string; plannedDate: string; reason: string };

type Copy = { subject: string; intro: (d: Data) => string; reason: string; after: string; action: string };

const COPY: Record<MailLocale, Copy> = {
  en: {
    subject: 'Planned for',
    intro: (d) =>
      `After consultation between the Primero Help Desk and the module coordinator, your request ${d.reference} “${d.summary}” will be solved in the maintenance release ${d.moduleLabel} ${d.version} (planned for ${d.plannedDate}).`,
    reason: 'Why:',
    after: 'We will write to you again when that release ships.',
    action: 'Open the request',
  },
  fr: {
    subject: 'Prévu pour',
    intro: (d) =>
      `Après consultation entre le Help Desk Primero et le coordinateur du module, votre demande ${d.reference} « ${d.summary} » sera traitée dans la version de maintenance ${d.moduleLabel} ${d.version} (prévue le ${d.plannedDate}).`,
    reason: 'Pourquoi :',
    after: 'Nous vous écrirons de nouveau à la sortie de cette version.',
    action: 'Ouvrir la demande',
  },
  es: {
    subject: 'Previsto para',
    intro: (d) =>
      `Tras la consulta entre el Help Desk de Primero y la coordinación del módulo, su solicitud ${d.reference} «${d.summary}» se resolverá en la versión de mantenimiento ${d.moduleLabel} ${d.version} (prevista para el ${d.plannedDate}).`,
    reason: 'Motivo:',
    after: 'Le escribiremos de nuevo cuando se publique esa versión.',
    action: 'Abrir la solicitud',
  },
  pt: {
    subject: 'Previsto para',
    intro: (d) =>
      `Após consulta entre o Help Desk do Primero e a coordenação do módulo, a sua solicitação ${d.reference} “${d.summary}” será resolvida na versão de manutenção ${d.moduleLabel} ${d.version} (prevista para ${d.plannedDate}).`,
    reason: 'Motivo:',
    after: 'Voltaremos a escrever quando essa versão for publicada.',
    action: 'Abrir a solicitação',
  },
  ar: {
    subject: 'مخطط له في',
    intro: (d) =>
      `بعد التشاور بين مكتب مساعدة Primero ومنسق الوحدة، سيتم حل طلبك ${d.reference} «${d.summary}» في إصدار الصيانة ${d.moduleLabel} ${d.version} (المخطط له في ${d.plannedDate}).`,
    reason: 'السبب:',
    after: 'سنراسلك مجددًا عند صدور هذا الإصدار.',
    action: 'فتح الطلب',
  },
};

/** To the reporter when both parties agreed to defer their request to a maintenance release. */
export function requestDeferredMail(locale: MailLocale, data: Data): MailContent {
  const copy = COPY[locale];
  return {
    subject: `[${data.reference}] ${copy.subject} ${data.version}: ${data.summary}`,
    blocks: [
      { kind: 'text', text: copy.intro(data) },
      { kind: 'text', text: copy.reason },
      { kind: 'quote', text: data.reason },
      { kind: 'text', text: copy.after },
    ],
    action: { label: copy.action, url: data.url },
  };
}
