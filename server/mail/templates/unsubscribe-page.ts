import type { EmailKind } from '../../../shared/mail-schemas.ts';
import type { MailLocale } from '../mail-locale.ts';
import { escapeHtml } from './escape-html.ts';
import { LAYOUT_STRINGS } from './layout-strings.ts';

type Copy = {
  title: string;
  confirm: (kind: string) => string;
  button: string;
  done: (kind: string) => string;
  invalid: string;
  settings: string;
};

const COPY: Record<MailLocale, Copy> = {
  en: {
    title: 'Unsubscribe',
    confirm: (kind) => `Stop e-mails for “${kind}”?`,
    button: 'Unsubscribe',
    done: (kind) => `You will no longer receive e-mails for “${kind}”.`,
    invalid: 'This unsubscribe link is not valid. Change your notification settings in Support Hub instead.',
    settings: 'Notification settings',
  },
  fr: {
    title: 'Désabonnement',
    confirm: (kind) => `Ne plus recevoir de courriels pour « ${kind} » ?`,
    button: 'Me désabonner',
    done: (kind) => `Vous ne recevrez plus de courriels pour « ${kind} ».`,
    invalid: 'Ce lien de désabonnement n’est pas valide. Modifiez plutôt vos préférences dans Support Hub.',
    settings: 'Préférences de notification',
  },
  es: {
    title: 'Cancelar suscripción',
    confirm: (kind) => `¿Dejar de recibir correos para «${kind}»?`,
    button: 'Cancelar suscripción',
    done: (kind) => `Ya no recibirá correos para «${kind}».`,
    invalid: 'Este enlace no es válido. Cambie sus preferencias de notificación en Support Hub.',
    settings: 'Preferencias de notificación',
  },
  pt: {
    title: 'Cancelar inscrição',
    confirm: (kind) => `Deixar de receber e-mails para “${kind}”?`,
    button: 'Cancelar inscrição',
    done: (kind) => `Você não receberá mais e-mails para “${kind}”.`,
    invalid: 'Este link não é válido. Altere as suas preferências de notificação no Support Hub.',
    settings: 'Preferências de notificação',
  },
  ar: {
    title: 'إلغاء الاشتراك',
    confirm: (kind) => `إيقاف الرسائل الخاصة بـ «${kind}»؟`,
    button: 'إلغاء الاشتراك',
    done: (kind) => `لن تصلك بعد الآن رسائل لـ «${kind}».`,
    invalid: 'رابط إلغاء الاشتراك هذا غير صالح. غيّر إعدادات الإشعارات في Support Hub بدلاً من ذلك.',
    settings: 'إعدادات الإشعارات',
  },
};

/**
 * The small page an unsubscribe link opens. A GET only asks (`confirm`, with a button that POSTs
 * the same token), so link scanners that fetch every URL in a mail turn nothing off; the POST
 * answers what was turned off (`unsubscribed`), and a bad token says so (`invalid`).
 */
export function unsubscribePage(options: {
  locale: MailLocale;
  kind: EmailKind | null;
  settingsUrl: string;
  /** Set on the confirmation page: where its button POSTs. */
  confirmUrl?: string;
}): string {
  const { locale, kind, confirmUrl } = options;
  const copy = COPY[locale];
  const kindName = kind ? LAYOUT_STRINGS[locale].kinds[kind] : '';
  const outcome = !kind ? 'invalid' : confirmUrl ? 'confirm' : 'unsubscribed';
  const message = !kind ? copy.invalid : confirmUrl ? copy.confirm(kindName) : copy.done(kindName);
  const form =
    outcome === 'confirm' && confirmUrl
      ? `<form method="post" action="${escapeHtml(confirmUrl)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit" style="font:inherit;padding:.5rem 1rem">${escapeHtml(copy.button)}</button></form>\n`
      : '';
  return `<!doctype html>
<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(copy.title)} · Support Hub</title></head>
<body style="font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2933">
<h1 style="font-size:1.4rem">${escapeHtml(copy.title)}</h1>
<p data-outcome="${outcome}">${escapeHtml(message)}</p>
${form}<p><a href="${escapeHtml(options.settingsUrl)}">${escapeHtml(copy.settings)}</a></p>
</body>
</html>
`;
}
