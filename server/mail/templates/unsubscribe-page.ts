import type { EmailKind } from '../../../shared/mail-schemas.ts';
import type { MailLocale } from '../mail-locale.ts';
import { escapeHtml } from './escape-html.ts';
import { LAYOUT_STRINGS } from './layout-strings.ts';

type Copy = { title: string; done: (kind: string) => string; invalid: string; settings: string };

const COPY: Record<MailLocale, Copy> = {
  en: {
    title: 'Unsubscribe',
    done: (kind) => `You will no longer receive e-mails for “${kind}”.`,
    invalid: 'This unsubscribe link is not valid. Change your notification settings in Support Hub instead.',
    settings: 'Notification settings',
  },
  fr: {
    title: 'Désabonnement',
    done: (kind) => `Vous ne recevrez plus de courriels pour « ${kind} ».`,
    invalid: 'Ce lien de désabonnement n’est pas valide. Modifiez plutôt vos préférences dans Support Hub.',
    settings: 'Préférences de notification',
  },
  es: {
    title: 'Cancelar suscripción',
    done: (kind) => `Ya no recibirá correos para «${kind}».`,
    invalid: 'Este enlace no es válido. Cambie sus preferencias de notificación en Support Hub.',
    settings: 'Preferencias de notificación',
  },
  pt: {
    title: 'Cancelar inscrição',
    done: (kind) => `Você não receberá mais e-mails para “${kind}”.`,
    invalid: 'Este link não é válido. Altere as suas preferências de notificação no Support Hub.',
    settings: 'Preferências de notificação',
  },
  ar: {
    title: 'إلغاء الاشتراك',
    done: (kind) => `لن تصلك بعد الآن رسائل لـ «${kind}».`,
    invalid: 'رابط إلغاء الاشتراك هذا غير صالح. غيّر إعدادات الإشعارات في Support Hub بدلاً من ذلك.',
    settings: 'إعدادات الإشعارات',
  },
};

/** The small page a one-click unsubscribe link opens: what was turned off, or why nothing was. */
export function unsubscribePage(options: { locale: MailLocale; kind: EmailKind | null; settingsUrl: string }): string {
  const { locale, kind } = options;
  const copy = COPY[locale];
  const message = kind ? copy.done(LAYOUT_STRINGS[locale].kinds[kind]) : copy.invalid;
  return `<!doctype html>
<html lang="${locale}" dir="${locale === 'ar' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(copy.title)} · Support Hub</title></head>
<body style="font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2933">
<h1 style="font-size:1.4rem">${escapeHtml(copy.title)}</h1>
<p data-outcome="${kind ? 'unsubscribed' : 'invalid'}">${escapeHtml(message)}</p>
<p><a href="${escapeHtml(options.settingsUrl)}">${escapeHtml(copy.settings)}</a></p>
</body>
</html>
`;
}
