import type { CommunityCategory, CommunityLanguage } from '../../shared/community-schemas.ts';

/** Who writes, by a short name for the demo account's e-mail (see demo-users.ts). */
export const PEOPLE = {
  admin: 'admin@demo.test',
  hd: 'help_desk@demo.test',
  hd2: 'help_desk2@demo.test',
  coord: 'coordinator@demo.test',
  coord2: 'coordinator2@demo.test',
  cpc: 'module_coordinator@demo.test',
  gbvc: 'gbv_coordinator@demo.test',
  vendor: 'vendor@demo.test',
  vgbv: 'vendor.gbv@demo.test',
  vmrm: 'vendor.mrm@demo.test',
  sle: 'site_admin@demo.test',
  sle2: 'site_admin.sle2@demo.test',
  jor: 'site_admin2@demo.test',
  cod: 'site_admin.cod@demo.test',
  col: 'site_admin.col@demo.test',
  moz: 'site_admin.moz@demo.test',
  ssd: 'site_admin.ssd@demo.test',
  rep: 'reporter@demo.test',
  repJor: 'reporter.jor@demo.test',
  repCod: 'reporter.cod@demo.test',
  repCol: 'reporter.col@demo.test',
} as const;
export type Person = keyof typeof PEOPLE;

export type DemoReply = {
  by: Person | { jira: string };
  body: string;
  isAccepted?: boolean;
};

export type DemoTopic = {
  title: string;
  body: string;
  category: CommunityCategory;
  language: CommunityLanguage;
  by: Person;
  /** How long ago the topic was opened; its replies follow over the next hours and days. */
  daysAgo: number;
  replies: DemoReply[];
  followers?: Person[];
  isPinned?: boolean;
  isLocked?: boolean;
};

/** Invented Support Community topics; no real people, places or cases. */
export const DEMO_TOPICS: readonly DemoTopic[] = [
  {
    title: 'Read me first: how to ask a good question in the Support Community',
    body: 'Say which module and version you run (Admin → System information), what you did, what you expected and what happened. Never paste case data: no names, case IDs, dates of birth or phone numbers. Screenshots only with case data hidden.',
    category: 'general',
    language: 'en',
    by: 'hd',
    daysAgo: 110,
    isPinned: true,
    isLocked: true,
    replies: [
      {
        by: 'coord',
        body: 'Worth adding: search the Support Hub knowledge base first, most password and sync questions are answered there.',
      },
    ],
  },
  {
    title: 'Planned maintenance: CPIMS+ v2.11.4 rolls out next weekend',
    body: 'The hotfix for the referral form and the offline sync retry ships on Saturday, 02:00–04:00 UTC. Sites will be read-only during the window. Tell your caseworkers to sync before Friday evening.',
    category: 'cp',
    language: 'en',
    by: 'hd',
    daysAgo: 6,
    isPinned: true,
    replies: [
      { by: 'sle', body: 'Thanks. Do tablets need an app update as well, or only the server?' },
      {
        by: 'vendor',
        body: 'Server only. The Android app 2.11.x keeps working; an app update comes later and is optional.',
        isAccepted: true,
      },
      { by: 'moz', body: 'Vamos avisar os técnicos em Cabo Delgado. Obrigada!' },
    ],
    followers: ['coord', 'cod', 'moz'],
  },
  {
    title: 'Temporary password not accepted after a reset',
    body: 'A caseworker gets "invalid credentials" with the temporary password I generated. I reset it twice. The account is active and not locked.',
    category: 'access',
    language: 'en',
    by: 'sle',
    daysAgo: 95,
    replies: [
      {
        by: 'sle2',
        body: 'Check whether the user copies a trailing space from the e-mail. It happened to us with Outlook on phones.',
      },
      {
        by: 'coord',
        body: 'Also: temporary passwords expire after 24 hours. Reset again and ask them to log in the same day, then change it at once.',
        isAccepted: true,
      },
      { by: 'sle', body: 'It was the expiry. Working now, thank you.' },
    ],
  },
  {
    title: 'Offline sync stuck at 95 % on Android tablets',
    body: 'Since last week several tablets in one district stop at 95 % and show "Unsubmitted Offline Changes". Wi-Fi is fine, other tablets sync.',
    category: 'sync',
    language: 'en',
    by: 'sle2',
    daysAgo: 40,
    replies: [
      {
        by: 'hd',
        body: 'Usually one record with a large photo attachment blocks the batch. Ask the user to open "Unsubmitted Offline Changes" and sync records one by one.',
      },
      {
        by: 'vendor',
        body: 'Confirmed: attachments over 10 MB time out on slow links. v2.11.4 retries in smaller chunks.',
        isAccepted: true,
      },
      { by: 'sle2', body: 'Syncing one by one worked; the stuck record had three photos.' },
    ],
    followers: ['sle'],
  },
  {
    title: 'Which role can export cases to Excel?',
    body: 'Our case managers want to export their caseload. The Export button is missing for them.',
    category: 'reports',
    language: 'en',
    by: 'ssd',
    daysAgo: 80,
    replies: [
      {
        by: 'cpc',
        body: 'Exports need the "Export" permission on the role (Roles → Cases → Export to Excel). Most sites give it to supervisors only, because exported files leave the system.',
      },
      { by: 'ssd', body: 'Makes sense. We will keep it with supervisors and write a short data-protection note.' },
    ],
  },
  {
    title: 'Referral to another agency stays "pending" forever',
    body: 'Referrals from our agency to a partner agency never change status. The partner user sees nothing in their referrals list.',
    category: 'cp',
    language: 'en',
    by: 'sle',
    daysAgo: 55,
    replies: [
      {
        by: 'coord',
        body: 'Is the receiving user in the right user group and agency? Referrals only show for users whose role has "Receive referrals".',
      },
      { by: 'sle', body: 'The role had it, but the user group was wrong. Fixed.', isAccepted: true },
    ],
  },
  {
    title: 'Supported browsers for Primero v2',
    body: 'A partner asks whether Internet Explorer still works. Which browsers do we recommend?',
    category: 'general',
    language: 'en',
    by: 'sle2',
    daysAgo: 70,
    replies: [
      {
        by: 'hd',
        body: 'Current Chrome, Edge and Firefox, and Chrome on Android for the offline app. Internet Explorer is not supported.',
        isAccepted: true,
      },
    ],
  },
  {
    title: 'Training materials for new caseworkers',
    body: 'We onboard twelve caseworkers next month. Is there a short training deck for registration and case plans?',
    category: 'training',
    language: 'en',
    by: 'ssd',
    daysAgo: 30,
    replies: [
      {
        by: 'cpc',
        body: 'The CPIMS+ training package has a half-day module on registration and case plans. I will share the latest version with your coordinator.',
      },
      { by: 'coord', body: 'Shared in the training folder. Ping me if the Arabic version is needed too.' },
    ],
    followers: ['coord'],
  },
  {
    title: 'Dashboard counts differ from the case list',
    body: 'The "Open cases" dashboard shows 214 but the filtered case list shows 209.',
    category: 'reports',
    language: 'en',
    by: 'sle',
    daysAgo: 3,
    replies: [
      {
        by: 'hd',
        body: 'Dashboards count records you may see across all your user groups; the list applies your saved filter. Check whether a filter hides closed-then-reopened cases.',
      },
      { by: 'cpc', body: 'Also, dashboards refresh every 15 minutes, so very recent changes may not be in them yet.' },
    ],
    followers: ['coord'],
  },
  {
    title: 'Audit log: who changed a case owner?',
    body: 'We need to know who reassigned a case last week. Where can a system administrator see that?',
    category: 'cp',
    language: 'en',
    by: 'sle2',
    daysAgo: 25,
    replies: [
      {
        by: 'coord',
        body: 'Admin → Audit logs, filter by record and action "Update". The case history tab of the record shows it too.',
        isAccepted: true,
      },
    ],
  },
  {
    title: 'MRM: incident form loses the location on save',
    body: 'When a monitor saves an incident, the location field comes back empty. Reproducible on two laptops.',
    category: 'mrm',
    language: 'en',
    by: 'ssd',
    daysAgo: 18,
    replies: [
      { by: 'hd', body: 'Reproduced on the demo instance. Escalated to the MRM developers.' },
      {
        by: { jira: 'Jira · MRM developers' },
        body: 'Root cause found: the location lookup is not saved when the form has an unsaved subform. Fix planned for v2.9.2.',
      },
      {
        by: 'vmrm',
        body: 'Workaround until then: save the subform first, then set the location and save again.',
        isAccepted: true,
      },
    ],
    followers: ['hd', 'coord'],
  },
  {
    title: 'Can we change the language of the login page?',
    body: 'Most of our users read French. Can the login page default to French?',
    category: 'general',
    language: 'fr',
    by: 'cod',
    daysAgo: 62,
    replies: [
      {
        by: 'coord',
        body: 'Oui : Admin → Paramètres du système → Langue par défaut. Les utilisateurs peuvent aussi choisir leur langue dans leur profil.',
        isAccepted: true,
      },
    ],
  },
  {
    title: 'Mot de passe oublié : le courriel de réinitialisation n’arrive pas',
    body: 'Plusieurs utilisateurs à Kananga ne reçoivent pas le courriel de réinitialisation. Le dossier spam est vide.',
    category: 'access',
    language: 'fr',
    by: 'cod',
    daysAgo: 12,
    replies: [
      {
        by: 'coord',
        body: 'Le serveur de messagerie du site refuse peut-être les envois. En attendant, réinitialisez le mot de passe depuis Admin → Utilisateurs et donnez un mot de passe temporaire par téléphone.',
      },
      {
        by: 'hd',
        body: 'Nous avons vérifié : le domaine d’envoi n’était pas autorisé. C’est corrigé depuis ce matin.',
        isAccepted: true,
      },
      { by: 'repCod', body: 'J’ai bien reçu le courriel maintenant, merci.' },
    ],
    followers: ['coord'],
  },
  {
    title: 'Synchronisation hors ligne très lente dans les zones rurales',
    body: 'Avec une connexion 2G, la synchronisation prend plus d’une heure. Existe-t-il un réglage pour envoyer moins de données ?',
    category: 'sync',
    language: 'fr',
    by: 'cod',
    daysAgo: 35,
    replies: [
      {
        by: 'vendor',
        body: 'Désactivez la synchronisation des photos dans les paramètres de l’application : elles partiront plus tard en Wi-Fi.',
      },
      { by: 'cod', body: 'Cela a réduit le temps à dix minutes. Merci !', isAccepted: true },
    ],
  },
  {
    title: 'Formation des superviseurs sur les plans de cas',
    body: 'Nous cherchons des exercices pratiques en français pour la formation des superviseurs.',
    category: 'training',
    language: 'fr',
    by: 'cod',
    daysAgo: 22,
    replies: [
      {
        by: 'cpc',
        body: 'Le module 4 du kit de formation existe en français, avec des cas fictifs. Je l’envoie à votre coordinateur.',
      },
    ],
  },
  {
    title: 'Rapport mensuel : les totaux par district sont vides',
    body: 'Le rapport mensuel par district n’affiche rien depuis la mise à jour, alors que les cas existent.',
    category: 'reports',
    language: 'fr',
    by: 'repCod',
    daysAgo: 2,
    replies: [
      { by: 'cod', body: 'Même chose chez nous. Les districts ont été renommés le mois dernier, est-ce lié ?' },
      { by: 'coord', body: 'Probablement : le rapport filtre sur l’ancien code de district. Je vérifie avec le help desk.' },
    ],
    followers: ['coord', 'hd'],
  },
  {
    title: 'No se puede adjuntar un PDF al incidente',
    body: 'Al adjuntar un PDF de 4 MB a un incidente aparece "Error al subir el archivo". Las imágenes sí funcionan.',
    category: 'gbv',
    language: 'es',
    by: 'col',
    daysAgo: 48,
    replies: [
      { by: 'coord2', body: '¿Qué navegador usan? En Firefox antiguo hay un límite distinto.' },
      {
        by: 'vgbv',
        body: 'El límite del servidor del sitio estaba en 2 MB. Lo subimos a 10 MB, como el resto de sitios.',
        isAccepted: true,
      },
    ],
  },
  {
    title: 'Exportación de incidentes para el informe trimestral',
    body: '¿Cuál es la forma recomendada de exportar incidentes sin datos identificativos para el informe trimestral?',
    category: 'reports',
    language: 'es',
    by: 'col',
    daysAgo: 33,
    replies: [
      {
        by: 'gbvc',
        body: 'Use la exportación "Datos agregados" (sin campos identificativos). Nunca comparta la exportación completa por correo.',
        isAccepted: true,
      },
      { by: 'hd2', body: 'Hay un artículo en la base de conocimiento con los pasos y capturas.' },
    ],
  },
  {
    title: 'Usuarios bloqueados tras tres intentos',
    body: '¿Se puede cambiar el número de intentos antes del bloqueo? Muchos usuarios se bloquean el lunes por la mañana.',
    category: 'access',
    language: 'es',
    by: 'col',
    daysAgo: 15,
    replies: [
      {
        by: 'hd2',
        body: 'El número es fijo por seguridad. El administrador del sitio puede desbloquear desde Admin → Usuarios.',
      },
      { by: 'repCol', body: 'Gracias, ya me desbloquearon.' },
    ],
  },
  {
    title: 'Capacitación en el módulo GBVIMS+ para nuevas organizaciones',
    body: 'Dos organizaciones nuevas se unen al sistema. ¿Hay una guía de incorporación en español?',
    category: 'training',
    language: 'es',
    by: 'coord2',
    daysAgo: 9,
    replies: [
      { by: 'gbvc', body: 'Sí, la guía de incorporación está traducida. Incluye el acuerdo de intercambio de información.' },
    ],
  },
  {
    title: 'Casos duplicados após sincronização',
    body: 'Depois de sincronizar, alguns casos aparecem duas vezes na lista. Os dois têm o mesmo nome e datas.',
    category: 'sync',
    language: 'pt',
    by: 'moz',
    daysAgo: 28,
    replies: [
      {
        by: 'coord',
        body: 'Acontece quando o mesmo registo foi criado em dois tablets. Use "Marcar como duplicado" e mantenha o mais completo.',
        isAccepted: true,
      },
      { by: 'moz', body: 'Resolvido, e vamos reforçar na formação que um caso é registado num só tablet.' },
    ],
  },
  {
    title: 'Relatório de gestão de casos por técnico',
    body: 'Como ver quantos casos cada técnico tem abertos? Precisamos disso para redistribuir o trabalho.',
    category: 'reports',
    language: 'pt',
    by: 'moz',
    daysAgo: 19,
    replies: [
      {
        by: 'cpc',
        body: 'O painel "Casos por responsável" mostra isso. Se não aparecer, o perfil precisa da permissão de painel de gestão.',
      },
    ],
  },
  {
    title: 'Senha temporária expira antes do primeiro acesso',
    body: 'Os técnicos em distritos remotos só têm rede alguns dias por semana e a senha temporária expira.',
    category: 'access',
    language: 'pt',
    by: 'moz',
    daysAgo: 5,
    replies: [
      {
        by: 'hd',
        body: 'A validade é de 24 horas. Combine com o técnico o dia em que terá rede e faça a redefinição nesse dia.',
      },
      { by: 'coord', body: 'Também podem ligar para o administrador no momento em que tiverem rede.' },
    ],
    followers: ['coord'],
  },
  {
    title: 'لا تظهر الحقول العربية بشكل صحيح في التقارير المطبوعة',
    body: 'عند طباعة تقرير الحالة تظهر الحروف العربية منفصلة ومن اليسار إلى اليمين.',
    category: 'reports',
    language: 'ar',
    by: 'jor',
    daysAgo: 44,
    replies: [
      { by: 'coord2', body: 'هل تستخدمون متصفح Chrome؟ المشكلة معروفة في إعدادات الطباعة القديمة.' },
      { by: 'vgbv', body: 'تم إصلاح اتجاه النص في قالب الطباعة في الإصدار v2.10.3.', isAccepted: true },
    ],
  },
  {
    title: 'كيف أعيد تعيين كلمة مرور مستخدم؟',
    body: 'مستخدمة جديدة نسيت كلمة المرور في أول يوم. ما هي الخطوات؟',
    category: 'access',
    language: 'ar',
    by: 'jor',
    daysAgo: 21,
    replies: [
      {
        by: 'coord2',
        body: 'من الإدارة ← المستخدمون ← اختر المستخدمة ← إعادة تعيين كلمة المرور. أعطها كلمة المرور المؤقتة عبر الهاتف وليس كتابةً.',
        isAccepted: true,
      },
    ],
  },
  {
    title: 'المزامنة دون اتصال تتوقف عند إضافة صور',
    body: 'الأجهزة اللوحية في أحد المراكز لا تكمل المزامنة عندما يحتوي الحادث على صور.',
    category: 'sync',
    language: 'ar',
    by: 'repJor',
    daysAgo: 8,
    replies: [
      { by: 'jor', body: 'نفس المشكلة لدينا. هل هناك حل مؤقت؟' },
      { by: 'hd', body: 'زامنوا الحوادث واحداً تلو الآخر، والصور عبر Wi-Fi فقط. الإصلاح قادم في التحديث القادم.' },
    ],
    followers: ['coord2'],
  },
  {
    title: 'GBVIMS+: consent form fields missing after upgrade',
    body: 'After upgrading to v2.10.2 the consent for referral fields are gone from the incident form.',
    category: 'gbv',
    language: 'en',
    by: 'coord2',
    daysAgo: 50,
    replies: [
      {
        by: 'gbvc',
        body: 'The form was reorganised: consent moved to the "Services" subform. Nothing was lost.',
        isAccepted: true,
      },
      { by: 'coord2', body: 'Found it, thanks. We will update our job aids.' },
    ],
  },
  {
    title: 'Feature idea: bulk reassign cases when a caseworker leaves',
    body: 'When a caseworker leaves we reassign 60+ cases one by one. A bulk reassign would save hours.',
    category: 'cp',
    language: 'en',
    by: 'coord',
    daysAgo: 65,
    replies: [
      {
        by: 'cpc',
        body: 'Bulk reassign exists for supervisors: select cases in the list → Assign. It respects the referral rules.',
      },
      { by: 'vendor', body: 'We are also adding "reassign all cases of a user" to the user page for v2.12.' },
      { by: 'coord', body: 'The list option works for now, thanks.', isAccepted: false },
    ],
    followers: ['sle', 'cod'],
  },
  {
    title: 'How long should sites keep closed cases?',
    body: 'A partner asks how long closed cases stay in the system and whether we can delete them.',
    category: 'general',
    language: 'en',
    by: 'sle',
    daysAgo: 88,
    replies: [
      {
        by: 'cpc',
        body: 'Retention follows your data-protection agreement, not the software. Primero can archive and, with approval, delete records.',
      },
      {
        by: 'admin',
        body: 'Deletion is an admin operation and is logged. Please raise a request so it is recorded.',
        isAccepted: true,
      },
    ],
    isLocked: true,
  },
  {
    title: 'Caseworker sees cases from another agency',
    body: 'A caseworker reports seeing cases of a partner agency in her list. Is that expected?',
    category: 'cp',
    language: 'en',
    by: 'sle2',
    daysAgo: 1,
    replies: [
      {
        by: 'coord',
        body: 'Check her user groups: membership in a shared group shows that group’s cases. Remove the extra group if it was a mistake.',
      },
      { by: 'sle2', body: 'She had been added to the district group by mistake. Removed.' },
    ],
    followers: ['coord', 'sle'],
  },
  {
    title: 'Tablet app asks to log in every morning',
    body: 'Caseworkers must log in online each morning, which is hard in the field. Can the session last longer offline?',
    category: 'sync',
    language: 'en',
    by: 'sle',
    daysAgo: 1,
    replies: [
      {
        by: 'hd',
        body: 'Offline login works once the user has logged in online on that tablet. Check that the tablet clock is right: a wrong date ends the session.',
      },
      { by: 'vendor', body: 'Confirmed, the session check uses the device clock. Automatic time fixes it.' },
    ],
    followers: ['hd'],
  },
  {
    title: 'MRM: verifying incidents with partner monitors',
    body: 'What is the recommended workflow when two monitors report the same incident?',
    category: 'mrm',
    language: 'en',
    by: 'ssd',
    daysAgo: 58,
    replies: [
      {
        by: 'hd',
        body: 'Link the two reports as one incident and record both sources; verification status stays "pending" until the task force reviews it.',
        isAccepted: true,
      },
    ],
  },
  {
    title: 'Printing case plans without personal details',
    body: 'Supervisors want to print case plans for meetings but without names. Is there a template?',
    category: 'cp',
    language: 'en',
    by: 'coord',
    daysAgo: 14,
    replies: [
      { by: 'cpc', body: 'Use the "Case plan (anonymised)" print template; it shows the case ID and age group only.' },
      { by: 'sle', body: 'Did not know this existed. Very useful.' },
    ],
  },
  {
    title: 'Training: level-1 troubleshooting checklist for system administrators',
    body: 'We drafted a one-page checklist (passwords, sync, roles, browsers) for level-1 support. Feedback welcome before we translate it.',
    category: 'training',
    language: 'en',
    by: 'hd',
    daysAgo: 4,
    replies: [
      { by: 'sle', body: 'Please add "check the tablet date and time" under sync: it solves many of our cases.' },
      { by: 'cod', body: 'Nous pouvons relire la traduction française.' },
      { by: 'jor', body: 'نستطيع مراجعة الترجمة العربية.' },
    ],
    followers: ['coord', 'sle'],
  },
  {
    title: 'Jira status sync: when do vendor comments appear here?',
    body: 'For escalated requests, how quickly do developer comments from Jira show up in the topic?',
    category: 'general',
    language: 'en',
    by: 'coord',
    daysAgo: 11,
    replies: [
      {
        by: 'hd',
        body: 'Within a few minutes: the webhook delivers them at once, and a poll every 10 minutes catches anything missed.',
      },
      {
        by: { jira: 'Jira · CPIMS+ developers' },
        body: 'Testing the comment mirror from our side: this reply was written in Jira.',
      },
    ],
  },
  {
    title: 'Roles: site administrator cannot create users',
    body: 'Our new system administrator gets "not authorised" when creating a user.',
    category: 'access',
    language: 'en',
    by: 'ssd',
    daysAgo: 16,
    replies: [
      {
        by: 'coord',
        body: 'The role needs "Manage users" scoped to the site\'s agencies. Ask the help desk to check the role template.',
        isAccepted: true,
      },
    ],
  },
  {
    title: 'GBVIMS+: service provider list out of date',
    body: 'Some service providers closed and new ones opened. Who updates the referral lookup?',
    category: 'gbv',
    language: 'en',
    by: 'coord2',
    daysAgo: 2,
    replies: [
      { by: 'gbvc', body: 'The site administrator updates Lookups → Service providers; tell the coordinators when it is done.' },
    ],
    followers: ['hd'],
  },
];
