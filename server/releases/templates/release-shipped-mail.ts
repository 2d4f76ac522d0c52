import type { ReleaseOutcome } from '../../../shared/constants.ts';
import type { MailLocale } from '../../mail/mail-locale.ts';
import type { MailContent } from '../../mail/templates/mail-content.ts';
import type { RequestMailData } from '../../mail/templates/request-mail-data.ts';

type Data = RequestMailData & { version: string; moduleLabel: string; outcome: ReleaseOutcome };

type Copy = { subject: string; intro: (d: Data) => string; verify: string; closed: string; action: string };

const COPY: Record<MailLocale, Copy> = {
  en: {
    subject: 'Fixed in',
    intro: (d) => `The fix for your request ${d.reference} “${d.summary}” shipped in ${d.moduleLabel} ${d.version}.`,
    verify: 'Please check that it works for you, then confirm on the request page, or reply to this e-mail if it does not.',
    closed: 'The request is now closed. Reply to this e-mail if the problem comes back.',
    action: 'Open the request',
  },
  fr: {
    subject: 'Corrigé dans',
    intro: (d) => `La correction de votre demande ${d.reference} « ${d.summary} » est livrée dans ${d.moduleLabel} ${d.version}.`,
    verify:
      'Vérifiez que tout fonctionne, puis confirmez-le sur la page de la demande, ou répondez à ce courriel si ce n’est pas le cas.',
    closed: 'La demande est maintenant fermée. Répondez à ce courriel si le problème revient.',
    action: 'Ouvrir la demande',
  },
  es: {
    subject: 'Corregido en',
    intro: (d) => `La corrección de su solicitud ${d.reference} «${d.summary}» se publicó en ${d.moduleLabel} ${d.version}.`,
    verify: 'Compruebe que funciona y confírmelo en la página de la solicitud, o responda a este correo si no es así.',
    closed: 'La solicitud está cerrada. Responda a este correo si el problema vuelve a aparecer.',
    action: 'Abrir la solicitud',
  },
  pt: {
    subject: 'Corrigido em',
    intro: (d) => `A correção da sua solicitação ${d.reference} “${d.summary}” foi publicada em ${d.moduleLabel} ${d.version}.`,
    verify: 'Verifique se funciona e confirme na página da solicitação, ou responda a este e-mail se não funcionar.',
    closed: 'A solicitação está agora fechada. Responda a este e-mail se o problema voltar.',
    action: 'Abrir a solicitação',
  },
  ar: {
    subject: 'تم الإصلاح في',
    intro: (d) => `تم إصدار إصلاح طلبك ${d.reference} «${d.summary}» في ${d.moduleLabel} ${d.version}.`,
    verify: 'يرجى التحقق من أنه يعمل لديك ثم التأكيد في صفحة الطلب، أو الرد على هذه الرسالة إن لم يعمل.',
    closed: 'تم إغلاق الطلب الآن. رد على هذه الرسالة إذا عادت المشكلة.',
    action: 'فتح الطلب',
  },
};

/** To the reporter when the release carrying their request ships. */
export function releaseShippedMail(locale: MailLocale, data: Data): MailContent {
  const copy = COPY[locale];
  return {
    subject: `[${data.reference}] ${copy.subject} ${data.version}: ${data.summary}`,
    blocks: [
      { kind: 'text', text: copy.intro(data) },
      { kind: 'text', text: data.outcome === 'close' ? copy.closed : copy.verify },
    ],
    action: { label: copy.action, url: data.url },
  };
}
