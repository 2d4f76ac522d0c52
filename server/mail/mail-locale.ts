/** Languages mail is written in; anything else gets English. */
export const MAIL_LOCALES = ['en', 'fr', 'es', 'pt', 'ar'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

export function toMailLocale(value: string | null | undefined): MailLocale {
  const language = (value ?? '').slice(0, 2).toLowerCase();
  return (MAIL_LOCALES as readonly string[]).includes(language) ? (language as MailLocale) : 'en';
}
