import type { MailLocale } from '../mail/mail-locale.ts';
import type { MailContent } from '../mail/templates/mail-content.ts';

type Data = { teamName: string; reason: string; url: string };

const COPY: Record<MailLocale, { subject: (team: string) => string; intro: string; action: string }> = {
  en: {
    subject: (team) => `Jira stopped syncing for ${team}`,
    intro: 'Support Hub stopped sending to this team’s Jira: retrying cannot fix it. Jira said:',
    action: 'Open the Jira settings',
  },
  fr: {
    subject: (team) => `Jira ne se synchronise plus pour ${team}`,
    intro: 'Support Hub n’envoie plus rien au Jira de cette équipe : réessayer n’y changera rien. Jira a répondu :',
    action: 'Ouvrir les réglages Jira',
  },
  es: {
    subject: (team) => `Jira dejó de sincronizarse para ${team}`,
    intro: 'Support Hub dejó de enviar al Jira de este equipo: reintentar no lo resolverá. Jira respondió:',
    action: 'Abrir la configuración de Jira',
  },
  pt: {
    subject: (team) => `O Jira parou de sincronizar para ${team}`,
    intro: 'O Support Hub parou de enviar ao Jira desta equipe: tentar de novo não resolve. O Jira respondeu:',
    action: 'Abrir as configurações do Jira',
  },
  ar: {
    subject: (team) => `توقفت مزامنة Jira لفريق ${team}`,
    intro: 'توقف Support Hub عن الإرسال إلى Jira الخاص بهذا الفريق، ولن تفيد إعادة المحاولة. ردّ Jira:',
    action: 'فتح إعدادات Jira',
  },
};

/** To admins when Jira refuses for good (401, 403, 404, or a field it rejects). */
export function jiraAlertMail(locale: MailLocale, data: Data): MailContent {
  const copy = COPY[locale];
  return {
    subject: `[Support Hub] ${copy.subject(data.teamName)}`,
    blocks: [
      { kind: 'text', text: copy.intro },
      { kind: 'quote', text: data.reason },
    ],
    action: { label: copy.action, url: data.url },
  };
}
