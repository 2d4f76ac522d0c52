import type { EmailKind } from '../../../shared/mail-schemas.ts';
import type { MailLocale } from '../mail-locale.ts';

type LayoutStrings = {
  removed: string;
  redactedNote: string;
  automatic: string;
  reason: (kind: string) => string;
  unsubscribe: string;
  settings: string;
  kinds: Record<EmailKind, string>;
};

/** The words every mail shares: the redaction marker, the footer and the names of the notification kinds. */
export const LAYOUT_STRINGS: Record<MailLocale, LayoutStrings> = {
  en: {
    removed: '[removed]',
    redactedNote: 'Parts that look like case data were removed from this e-mail. Open Support Hub to read it.',
    automatic: 'This is an automatic message from Support Hub.',
    reason: (kind) => `You receive it because of your notification settings for “${kind}”.`,
    unsubscribe: 'Stop these e-mails',
    settings: 'Notification settings',
    kinds: {
      request_comment: 'new comments on my requests',
      request_assigned: 'requests assigned to me',
      request_escalated: 'escalations to my level or team',
      request_resolved: 'my requests resolved',
      topic_reply: 'replies in topics I follow',
      sla_alert: 'SLA warnings and breaches',
      critical_page: 'critical requests while I am on duty',
      request_deferred: 'my requests deferred to a maintenance release',
      release_shipped: 'my requests fixed in a shipped release',
      digest: 'daily summary',
      notice: 'downtime and training notices for your sites',
      integration_alert: 'integration problems (admins)',
      acknowledgement: 'acknowledgement of a request you sent by e-mail',
    },
  },
  fr: {
    removed: '[retiré]',
    redactedNote:
      'Des passages qui ressemblent à des données de cas ont été retirés de ce courriel. Ouvrez Support Hub pour le lire.',
    automatic: 'Ceci est un message automatique de Support Hub.',
    reason: (kind) => `Vous le recevez en raison de vos préférences de notification pour « ${kind} ».`,
    unsubscribe: 'Ne plus recevoir ces courriels',
    settings: 'Préférences de notification',
    kinds: {
      request_comment: 'nouveaux commentaires sur mes demandes',
      request_assigned: 'demandes qui me sont assignées',
      request_escalated: 'escalades vers mon niveau ou mon équipe',
      request_resolved: 'mes demandes résolues',
      topic_reply: 'réponses dans les sujets que je suis',
      sla_alert: 'alertes et dépassements de SLA',
      critical_page: 'demandes critiques pendant mes astreintes',
      request_deferred: 'mes demandes reportées à une version de maintenance',
      release_shipped: 'mes demandes corrigées dans une version livrée',
      digest: 'résumé quotidien',
      notice: 'avis d’interruption et de formation pour vos sites',
      integration_alert: 'problèmes d’intégration (administrateurs)',
      acknowledgement: 'accusé de réception d’une demande envoyée par courriel',
    },
  },
  es: {
    removed: '[eliminado]',
    redactedNote: 'Se eliminaron de este correo partes que parecen datos de casos. Abra Support Hub para leerlo.',
    automatic: 'Este es un mensaje automático de Support Hub.',
    reason: (kind) => `Lo recibe por sus preferencias de notificación para «${kind}».`,
    unsubscribe: 'No recibir más estos correos',
    settings: 'Preferencias de notificación',
    kinds: {
      request_comment: 'comentarios nuevos en mis solicitudes',
      request_assigned: 'solicitudes asignadas a mí',
      request_escalated: 'escalamientos a mi nivel o equipo',
      request_resolved: 'mis solicitudes resueltas',
      topic_reply: 'respuestas en temas que sigo',
      sla_alert: 'avisos e incumplimientos de SLA',
      critical_page: 'solicitudes críticas mientras estoy de guardia',
      request_deferred: 'mis solicitudes aplazadas a una versión de mantenimiento',
      release_shipped: 'mis solicitudes corregidas en una versión publicada',
      digest: 'resumen diario',
      notice: 'avisos de interrupción y de formación para sus sitios',
      integration_alert: 'problemas de integración (administradores)',
      acknowledgement: 'acuse de recibo de una solicitud enviada por correo',
    },
  },
  pt: {
    removed: '[removido]',
    redactedNote: 'Partes que parecem dados de casos foram removidas deste e-mail. Abra o Support Hub para lê-lo.',
    automatic: 'Esta é uma mensagem automática do Support Hub.',
    reason: (kind) => `Você a recebe por causa das suas preferências de notificação para “${kind}”.`,
    unsubscribe: 'Parar de receber estes e-mails',
    settings: 'Preferências de notificação',
    kinds: {
      request_comment: 'novos comentários nas minhas solicitações',
      request_assigned: 'solicitações atribuídas a mim',
      request_escalated: 'escalonamentos para o meu nível ou equipe',
      request_resolved: 'minhas solicitações resolvidas',
      topic_reply: 'respostas em tópicos que sigo',
      sla_alert: 'avisos e violações de SLA',
      critical_page: 'solicitações críticas enquanto estou de plantão',
      request_deferred: 'minhas solicitações adiadas para uma versão de manutenção',
      release_shipped: 'minhas solicitações corrigidas numa versão publicada',
      digest: 'resumo diário',
      notice: 'avisos de indisponibilidade e de formação para os seus sites',
      integration_alert: 'problemas de integração (administradores)',
      acknowledgement: 'confirmação de recebimento de uma solicitação enviada por e-mail',
    },
  },
  ar: {
    removed: '[محذوف]',
    redactedNote: 'حُذفت من هذه الرسالة أجزاء تبدو كبيانات حالات. افتح Support Hub لقراءتها.',
    automatic: 'هذه رسالة تلقائية من Support Hub.',
    reason: (kind) => `تصلك بسبب إعدادات الإشعارات الخاصة بك لـ «${kind}».`,
    unsubscribe: 'إيقاف هذه الرسائل',
    settings: 'إعدادات الإشعارات',
    kinds: {
      request_comment: 'التعليقات الجديدة على طلباتي',
      request_assigned: 'الطلبات المسندة إليّ',
      request_escalated: 'التصعيد إلى مستواي أو فريقي',
      request_resolved: 'حل طلباتي',
      topic_reply: 'الردود في المواضيع التي أتابعها',
      sla_alert: 'تنبيهات اتفاقية مستوى الخدمة وتجاوزاتها',
      critical_page: 'الطلبات الحرجة أثناء مناوبتي',
      request_deferred: 'طلباتي المؤجلة إلى إصدار صيانة',
      release_shipped: 'طلباتي المصحَّحة في إصدار منشور',
      digest: 'الملخص اليومي',
      notice: 'إشعارات التوقف والتدريب لمواقعك',
      integration_alert: 'مشكلات التكامل (المسؤولون)',
      acknowledgement: 'إشعار باستلام طلب أرسلته بالبريد الإلكتروني',
    },
  },
};
