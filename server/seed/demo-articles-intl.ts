import type { DemoArticle } from './demo-articles.ts';

/** Demo articles in French, Spanish, Portuguese and Arabic, written for the sites that work in them. */
export const DEMO_ARTICLES_INTL: readonly DemoArticle[] = [
  {
    title: 'Réinitialiser le mot de passe d’un utilisateur',
    body: `1. Ouvrez **Paramètres › Utilisateurs** et cherchez le nom d’utilisateur.
2. Ouvrez la fiche et choisissez **Modifier**.
3. Cliquez sur **Réinitialiser le mot de passe** et copiez le mot de passe temporaire.
4. Cochez **Changer le mot de passe à la prochaine connexion**, puis **Enregistrer**.

Donnez le mot de passe temporaire **en personne ou par téléphone**, jamais par courriel.
`,
    module: null,
    language: 'fr',
    tags: ['password', 'access'],
    author: 'site_admin.cod@demo.test',
    daysAgo: 88,
    revision2: {
      body: `1. Ouvrez **Paramètres › Utilisateurs** et cherchez le nom d’utilisateur.
2. Ouvrez la fiche et choisissez **Modifier**.
3. Cliquez sur **Réinitialiser le mot de passe** et copiez le mot de passe temporaire.
4. Cochez **Changer le mot de passe à la prochaine connexion**, puis **Enregistrer**.

Donnez le mot de passe temporaire **en personne ou par téléphone**, jamais par courriel.

## Le compte est verrouillé ?

Après 5 essais manqués, le compte est bloqué une heure. Dans la fiche, désactivez **Verrouillé** et enregistrez.
`,
      editor: 'coordinator@demo.test',
      note: 'Ajout : compte verrouillé',
      daysAgo: 33,
    },
    solves: ['mot-de-passe'],
  },
  {
    title: 'Synchroniser une tablette après une visite sur le terrain',
    body: `Le badge **Modifications hors ligne non envoyées** indique des fiches encore seulement sur la tablette.

1. Connectez-vous au Wi-Fi ou aux données mobiles.
2. Menu › **Synchroniser**.
3. Attendez la disparition du badge **avant** de vous déconnecter.

> Ne videz jamais les données du navigateur tant que le badge est affiché : les fiches seraient perdues.
`,
    module: 'cp',
    language: 'fr',
    tags: ['offline', 'sync', 'tablet'],
    author: 'help_desk@demo.test',
    daysAgo: 70,
    solves: ['hors-ligne'],
  },
  {
    title: 'Référer un cas vers un autre partenaire',
    body: `1. Ouvrez le cas, menu des actions › **Référer**.
2. Choisissez le **service**, le **partenaire** puis l’**utilisateur**.
3. Vérifiez que le **consentement** est enregistré et **Enregistrez**.

Le destinataire voit le cas dans **Références** et peut l’accepter ou le refuser.
`,
    module: 'cp',
    language: 'fr',
    tags: ['referrals'],
    author: 'coordinator@demo.test',
    daysAgo: 44,
  },
  {
    title: 'Conseils pour les formations des nouveaux travailleurs sociaux',
    body: `Brouillon : plan d’une demi-journée.

- Connexion, changement du mot de passe temporaire
- Enregistrer un cas, ajouter un suivi
- Travailler hors ligne et synchroniser
`,
    module: 'cp',
    language: 'fr',
    tags: ['training'],
    author: 'site_admin.cod@demo.test',
    isDraft: true,
    daysAgo: 5,
  },
  {
    title: 'Restablecer la contraseña de una usuaria',
    body: `1. Abra **Configuración › Usuarios** y busque el nombre de usuario.
2. Abra el registro y elija **Editar**.
3. Pulse **Restablecer contraseña** y copie la contraseña temporal.
4. Marque **Cambiar la contraseña en el próximo inicio de sesión** y **Guarde**.

Entregue la contraseña temporal **en persona o por teléfono**, nunca por correo electrónico.
`,
    module: null,
    language: 'es',
    tags: ['password', 'access'],
    author: 'coordinator2@demo.test',
    daysAgo: 86,
    solves: ['contraseña'],
  },
  {
    title: 'Exportar incidentes al Incident Recorder',
    body: `1. **Incidentes**, filtre por fecha de reporte.
2. **Exportar › Incident Recorder (Excel)**.
3. Proteja el archivo con contraseña y compártala por otro medio.

El Incident Recorder no incluye nombres ni datos de contacto de las sobrevivientes.
`,
    module: 'gbv',
    language: 'es',
    tags: ['export', 'excel', 'incidents'],
    author: 'gbv_coordinator@demo.test',
    daysAgo: 60,
    revision2: {
      body: `1. **Incidentes**, filtre por **fecha de reporte** (no por fecha del incidente).
2. **Exportar › Incident Recorder (Excel)**.
3. Proteja el archivo con contraseña y compártala por otro medio.

El Incident Recorder no incluye nombres ni datos de contacto de las sobrevivientes.

Si la exportación no termina en 10 minutos, reduzca el rango de fechas a un mes.
`,
      editor: 'help_desk2@demo.test',
      note: 'Filtro por fecha de reporte; exportaciones largas',
      daysAgo: 12,
    },
    solves: ['exportación'],
  },
  {
    title: 'Clasificación GBV: preguntas frecuentes',
    body: `- El **tipo de violencia** se calcula a partir de las respuestas; no se elige a mano.
- Si hubo varios tipos, registre el **más grave** según el orden de la clasificación GBV.
- Una *negación de recursos* no se registra si ocurrió solo como consecuencia de otra violencia.
`,
    module: 'gbv',
    language: 'es',
    tags: ['gbv-classification', 'incidents', 'training'],
    author: 'gbv_coordinator@demo.test',
    daysAgo: 35,
  },
  {
    title: 'Redefinir a senha de um utilizador',
    body: `1. Abra **Definições › Utilizadores** e procure o nome de utilizador.
2. Abra o registo e escolha **Editar**.
3. Clique em **Redefinir senha** e copie a senha temporária.
4. Marque **Alterar a senha no próximo início de sessão** e **Guarde**.

Entregue a senha temporária **pessoalmente ou por telefone**, nunca por correio eletrónico.
`,
    module: null,
    language: 'pt',
    tags: ['password', 'access'],
    author: 'site_admin.moz@demo.test',
    daysAgo: 82,
    solves: ['senha'],
  },
  {
    title: 'Tablet: alterações offline não enviadas',
    body: `O aviso **Alterações offline não enviadas** significa que há registos apenas neste tablet.

1. Ligue-se à Internet.
2. Menu › **Sincronizar**.
3. Só termine a sessão depois de o aviso desaparecer.

Se o aviso continuar, inicie sessão de novo **sem terminar a sessão** e sincronize outra vez.
`,
    module: 'cp',
    language: 'pt',
    tags: ['offline', 'sync', 'tablet'],
    author: 'help_desk@demo.test',
    daysAgo: 50,
    solves: ['offline'],
  },
  {
    title: 'إعادة تعيين كلمة مرور مستخدم',
    body: `1. افتح **الإعدادات › المستخدمون** وابحث عن اسم المستخدم.
2. افتح السجل واختر **تعديل**.
3. انقر على **إعادة تعيين كلمة المرور** وانسخ كلمة المرور المؤقتة.
4. فعّل خيار **تغيير كلمة المرور عند تسجيل الدخول التالي** ثم **احفظ**.

سلّم كلمة المرور المؤقتة **شخصيًا أو عبر الهاتف**، وليس عبر البريد الإلكتروني أبدًا.
`,
    module: null,
    language: 'ar',
    tags: ['password', 'access'],
    author: 'site_admin2@demo.test',
    daysAgo: 76,
    solves: ['كلمة-المرور'],
  },
  {
    title: 'تسجيل حادثة عنف قائم على النوع الاجتماعي',
    body: `1. **الحوادث › جديد** واختر نوع الحادثة.
2. أجب عن أسئلة **تصنيف العنف القائم على النوع الاجتماعي**؛ يُحدَّد نوع العنف تلقائيًا.
3. سجّل **تاريخ الحادثة** و**تاريخ أول إبلاغ** كلًّا على حدة.
4. أضف الخدمات المقدَّمة والإحالات ثم **احفظ**.

> تُسجَّل موافقة الناجية على مشاركة المعلومات لكل خدمة على حدة.
`,
    module: 'gbv',
    language: 'ar',
    tags: ['incidents', 'gbv-classification'],
    author: 'coordinator2@demo.test',
    daysAgo: 54,
  },
];
