import type { NoticeHop, NoticeRoundKind, NoticeType } from '../../../shared/notice-schemas.ts';
import type { MailLocale } from '../mail-locale.ts';
import type { MailBlock, MailContent } from './mail-content.ts';

export type NoticeMailData = {
  type: NoticeType;
  roundKind: NoticeRoundKind;
  hop: NoticeHop;
  isReminder: boolean;
  title: string;
  body: string;
  siteName: string;
  timeZone: string;
  windowStart: Date;
  windowEnd: Date;
  senderName: string | null;
  localWords: string | null;
  changeNote: string | null;
  url: string;
};

type Copy = {
  types: Record<NoticeType, string>;
  rounds: Record<NoticeRoundKind, string>;
  reminder: string;
  intro: (d: NoticeMailData) => string;
  when: string;
  fromSender: (name: string) => string;
  change: string;
  relay: Record<NoticeHop, string>;
  action: string;
};

const COPY: Record<MailLocale, Copy> = {
  en: {
    types: { downtime: 'Downtime', training: 'Training' },
    rounds: { issued: '', update: 'Changed', cancellation: 'Cancelled' },
    reminder: 'Reminder',
    intro: (d) => `The Primero Help Desk sends this ${d.type === 'downtime' ? 'downtime' : 'training'} notice for ${d.siteName}.`,
    when: 'When (site time):',
    fromSender: (name) => `Note from ${name}:`,
    change: 'What changed:',
    relay: {
      coordinator:
        'Please relay it to the site administrators of this site from your Support Hub inbox, adding local words if useful.',
      site_admin: 'Please relay it to the users of this site from your Support Hub inbox, adding local words if useful.',
      end_user: 'Please open the link to confirm you have read it.',
    },
    action: 'Read and acknowledge',
  },
  fr: {
    types: { downtime: 'Interruption', training: 'Formation' },
    rounds: { issued: '', update: 'Modifié', cancellation: 'Annulé' },
    reminder: 'Rappel',
    intro: (d) =>
      `Le Help Desk Primero envoie cet avis ${d.type === 'downtime' ? 'd’interruption de service' : 'de formation'} pour ${d.siteName}.`,
    when: 'Quand (heure du site) :',
    fromSender: (name) => `Message de ${name} :`,
    change: 'Ce qui change :',
    relay: {
      coordinator:
        'Merci de le relayer aux administrateurs de ce site depuis votre boîte Support Hub, en ajoutant un mot local si utile.',
      site_admin:
        'Merci de le relayer aux utilisateurs de ce site depuis votre boîte Support Hub, en ajoutant un mot local si utile.',
      end_user: 'Ouvrez le lien pour confirmer que vous l’avez lu.',
    },
    action: 'Lire et confirmer',
  },
  es: {
    types: { downtime: 'Interrupción', training: 'Formación' },
    rounds: { issued: '', update: 'Modificado', cancellation: 'Cancelado' },
    reminder: 'Recordatorio',
    intro: (d) =>
      `La Mesa de Ayuda de Primero envía este aviso de ${d.type === 'downtime' ? 'interrupción del servicio' : 'formación'} para ${d.siteName}.`,
    when: 'Cuándo (hora del sitio):',
    fromSender: (name) => `Nota de ${name}:`,
    change: 'Qué cambió:',
    relay: {
      coordinator:
        'Por favor, reenvíelo a los administradores de este sitio desde su bandeja de Support Hub, con palabras locales si es útil.',
      site_admin:
        'Por favor, reenvíelo a los usuarios de este sitio desde su bandeja de Support Hub, con palabras locales si es útil.',
      end_user: 'Abra el enlace para confirmar que lo ha leído.',
    },
    action: 'Leer y confirmar',
  },
  pt: {
    types: { downtime: 'Indisponibilidade', training: 'Formação' },
    rounds: { issued: '', update: 'Alterado', cancellation: 'Cancelado' },
    reminder: 'Lembrete',
    intro: (d) =>
      `O Help Desk do Primero envia este aviso de ${d.type === 'downtime' ? 'indisponibilidade' : 'formação'} para ${d.siteName}.`,
    when: 'Quando (hora do site):',
    fromSender: (name) => `Nota de ${name}:`,
    change: 'O que mudou:',
    relay: {
      coordinator:
        'Por favor, reencaminhe-o aos administradores deste site a partir da sua caixa no Support Hub, com palavras locais se for útil.',
      site_admin:
        'Por favor, reencaminhe-o aos utilizadores deste site a partir da sua caixa no Support Hub, com palavras locais se for útil.',
      end_user: 'Abra a ligação para confirmar que o leu.',
    },
    action: 'Ler e confirmar',
  },
  ar: {
    types: { downtime: 'توقف الخدمة', training: 'تدريب' },
    rounds: { issued: '', update: 'تم التعديل', cancellation: 'تم الإلغاء' },
    reminder: 'تذكير',
    intro: (d) =>
      `يرسل مكتب مساعدة Primero هذا الإشعار ${d.type === 'downtime' ? 'بتوقف الخدمة' : 'بالتدريب'} إلى ${d.siteName}.`,
    when: 'الموعد (بتوقيت الموقع):',
    fromSender: (name) => `ملاحظة من ${name}:`,
    change: 'ما الذي تغيّر:',
    relay: {
      coordinator: 'يرجى تمريره إلى مسؤولي هذا الموقع من صندوق Support Hub الخاص بك، مع إضافة كلمات محلية إن لزم.',
      site_admin: 'يرجى تمريره إلى مستخدمي هذا الموقع من صندوق Support Hub الخاص بك، مع إضافة كلمات محلية إن لزم.',
      end_user: 'افتح الرابط لتأكيد أنك قرأته.',
    },
    action: 'القراءة والتأكيد',
  },
};

/** The window in the site's time zone, written the reader's way, with the zone named. */
export function formatNoticeWindow(locale: string, timeZone: string, start: Date, end: Date): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone });
  return `${format.formatRange(start, end)} (${timeZone})`;
}

/** One hop of a notice's cascade: the window in site time, the relayer's words, and what to do next. */
export function noticeMail(locale: MailLocale, data: NoticeMailData): MailContent {
  const copy = COPY[locale];
  const tags = [data.isReminder ? copy.reminder : '', copy.rounds[data.roundKind], copy.types[data.type]].filter(Boolean);
  const blocks: MailBlock[] = [
    { kind: 'text', text: copy.intro(data) },
    { kind: 'text', text: `${copy.when}\n${formatNoticeWindow(locale, data.timeZone, data.windowStart, data.windowEnd)}` },
  ];
  if (data.changeNote) blocks.push({ kind: 'text', text: copy.change }, { kind: 'quote', text: data.changeNote });
  if (data.localWords && data.senderName) {
    blocks.push({ kind: 'text', text: copy.fromSender(data.senderName) }, { kind: 'quote', text: data.localWords });
  }
  if (data.body.trim()) blocks.push({ kind: 'quote', text: data.body });
  blocks.push({ kind: 'text', text: copy.relay[data.hop] });
  return {
    subject: `[${tags.join(' · ')}] ${data.title}`,
    blocks,
    action: { label: copy.action, url: data.url },
  };
}
