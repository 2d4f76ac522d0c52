/**
 * What people write in the timeline while a request moves, per site language. Placeholders:
 * {name} (the person who phoned or walked in), {version} (a fix version), {agency}, {district}.
 */
export type Phrases = {
  ack: string[];
  askInfo: string[];
  reporterReply: string[];
  relayedReply: string[];
  thanks: string[];
  relayedThanks: string[];
  stillBroken: string[];
  relayedStillBroken: string[];
  reopenReason: string;
  lookingAgain: string[];
  closeConfirmed: string;
  duplicate: string;
  siteNote: string[];
  escalate12: string[];
  l2Ack: string[];
  l2Ask: string[];
  siteAdminAnswer: string[];
  l2Note: string[];
  escalate23: string[];
  l2Tried: string;
  toDevelopers: string[];
  vendorQuestionRelay: string;
  testOnStaging: string;
  testedOk: string;
  deEscalate: string;
  backFromDevelopers: string;
  urgencyRaised: string;
  fixedIn: string;
};

const EN: Phrases = {
  ack: ['Thanks, I am looking into this now.', 'Received. I will check and come back to you today.', 'Noted, working on it.'],
  askInfo: ['Can you tell me the exact error message and which device or browser you use?', 'Does this happen for everybody in the office or only for you? A screenshot without case details would help.'],
  reporterReply: ['It happens every time on the office tablet, since yesterday morning.', 'Only on my account, colleagues are fine. Message: "Something went wrong".'],
  relayedReply: ['Called {name}: it happens on the office tablet since yesterday.', 'Spoke to {name} again; two colleagues have the same problem.'],
  thanks: ['It works now, thank you!', 'Confirmed, all good on my side.'],
  relayedThanks: ['{name} confirmed by phone that it works now.', 'Checked with {name} during the visit: solved.'],
  stillBroken: ['Sorry, the problem came back this morning.', 'It worked for a day but now it is the same again.'],
  relayedStillBroken: ['{name} called back: the problem is back.'],
  reopenReason: 'The reporter says the problem came back',
  lookingAgain: ['Reopened; looking again and checking the logs for this morning.'],
  closeConfirmed: 'Confirmed with the reporter; closing',
  duplicate: 'Duplicate of a request already logged for the same problem; closing this one',
  siteNote: ['Checked with the supervisor before resetting, as per the access procedure.', 'Same problem seen last month at another office; see the related request.'],
  escalate12: ['I cannot change this with site admin rights; it needs the technical team.', 'Tried the usual fixes without success; needs deeper system knowledge.'],
  l2Ack: ['I have taken this one and am checking the server logs and configuration.', 'Picking this up; I will update you here.'],
  l2Ask: ['Could you send the time it last happened and the user name concerned (no case details please)?', 'Which roles are affected? Does it also happen on the training instance?'],
  siteAdminAnswer: ['Last seen at about 10:00 today, user names sent in the internal note.', 'All caseworker roles in {district}; yes, same on the training instance.'],
  l2Note: ['Possibly linked to the configuration change deployed last week.', 'Log shows a timeout in the background job; probably needs the developers.'],
  escalate23: ['Reproduced on the training instance; needs a code change.', 'Not a configuration problem: the server errors point to a defect in the application.'],
  l2Tried: 'Checked configuration, roles and server logs; reproduced on the training instance with a test account.',
  toDevelopers: ['Escalated to the developers with the full dossier. I will share their updates here.'],
  vendorQuestionRelay: 'The developers ask whether this happens for every user or only some roles. Can you check?',
  testOnStaging: 'A fix is ready on the staging server. Could the site test it with one supervisor and report back?',
  testedOk: 'Tested on staging with two users: works as expected.',
  deEscalate: 'The developers released the fix; remaining follow-up (data clean-up and user communication) is level-2 work',
  backFromDevelopers: 'The fix is deployed; I am checking the remaining records with the site before closing.',
  urgencyRaised: 'More offices affected than first reported',
  fixedIn: 'Fix version {version}.',
};

const FR: Phrases = {
  ack: ['Merci, je regarde cela maintenant.', 'Bien reçu, je vérifie et je reviens vers vous aujourd\'hui.'],
  askInfo: ['Pouvez-vous me donner le message d\'erreur exact et l\'appareil ou le navigateur utilisé ?', 'Est-ce que cela arrive à tout le bureau ou seulement à vous ?'],
  reporterReply: ['Cela arrive à chaque fois sur la tablette du bureau, depuis hier matin.', 'Seulement sur mon compte ; message « Une erreur est survenue ».'],
  relayedReply: ['Appelé {name} : cela arrive sur la tablette du bureau depuis hier.', '{name} rappelé : deux collègues ont le même problème.'],
  thanks: ['Ça marche maintenant, merci !', 'Confirmé, tout va bien de mon côté.'],
  relayedThanks: ['{name} a confirmé par téléphone que cela fonctionne.'],
  stillBroken: ['Désolé, le problème est revenu ce matin.'],
  relayedStillBroken: ['{name} a rappelé : le problème est revenu.'],
  reopenReason: 'Le demandeur signale que le problème est revenu',
  lookingAgain: ['Rouvert ; je regarde à nouveau les journaux de ce matin.'],
  closeConfirmed: 'Confirmé avec le demandeur ; clôture',
  duplicate: 'Doublon d\'une demande déjà enregistrée pour le même problème ; clôture',
  siteNote: ['Vérifié avec le superviseur avant la réinitialisation, selon la procédure d\'accès.', 'Même problème le mois dernier dans un autre bureau.'],
  escalate12: ['Impossible à corriger avec les droits d\'administrateur de site ; il faut l\'équipe technique.', 'Solutions habituelles essayées sans succès.'],
  l2Ack: ['Je prends cette demande et je vérifie les journaux du serveur et la configuration.', 'Je m\'en occupe ; mises à jour ici.'],
  l2Ask: ['Pouvez-vous envoyer l\'heure du dernier incident et le nom d\'utilisateur concerné (sans détails de cas) ?', 'Quels rôles sont touchés ? Est-ce pareil sur l\'instance de formation ?'],
  siteAdminAnswer: ['Vers 10 h aujourd\'hui ; noms d\'utilisateur dans la note interne.', 'Tous les travailleurs sociaux de {district} ; oui, pareil sur l\'instance de formation.'],
  l2Note: ['Peut-être lié au changement de configuration de la semaine dernière.', 'Le journal montre un délai dépassé dans la tâche de fond.'],
  escalate23: ['Reproduit sur l\'instance de formation ; il faut une modification du code.', 'Pas un problème de configuration : les erreurs serveur indiquent un défaut de l\'application.'],
  l2Tried: 'Configuration, rôles et journaux vérifiés ; reproduit sur l\'instance de formation avec un compte de test.',
  toDevelopers: ['Transmis aux développeurs avec le dossier complet. Je partagerai leurs nouvelles ici.'],
  vendorQuestionRelay: 'Les développeurs demandent si cela touche tous les utilisateurs ou seulement certains rôles. Pouvez-vous vérifier ?',
  testOnStaging: 'Un correctif est prêt sur le serveur de test. Le site peut-il le tester avec un superviseur ?',
  testedOk: 'Testé sur le serveur de test avec deux utilisateurs : fonctionne.',
  deEscalate: 'Les développeurs ont livré le correctif ; le suivi restant (nettoyage des données, communication) relève du niveau 2',
  backFromDevelopers: 'Correctif déployé ; je vérifie les fiches restantes avec le site avant de clôturer.',
  urgencyRaised: 'Plus de bureaux touchés que signalé au départ',
  fixedIn: 'Version corrective {version}.',
};

const ES: Phrases = {
  ack: ['Gracias, lo reviso ahora mismo.', 'Recibido; reviso y le respondo hoy.'],
  askInfo: ['¿Me indica el mensaje de error exacto y qué equipo o navegador usa?', '¿Le pasa a toda la oficina o solo a usted?'],
  reporterReply: ['Pasa siempre en la tableta de la oficina, desde ayer en la mañana.', 'Solo en mi cuenta; el mensaje dice «Algo salió mal».'],
  relayedReply: ['Llamé a {name}: pasa en la tableta de la oficina desde ayer.', 'Hablé otra vez con {name}: dos compañeras tienen el mismo problema.'],
  thanks: ['¡Ya funciona, gracias!', 'Confirmado, todo bien.'],
  relayedThanks: ['{name} confirmó por teléfono que ya funciona.'],
  stillBroken: ['Perdón, el problema volvió esta mañana.'],
  relayedStillBroken: ['{name} volvió a llamar: el problema regresó.'],
  reopenReason: 'La solicitante informa que el problema volvió',
  lookingAgain: ['Reabierto; reviso de nuevo los registros de esta mañana.'],
  closeConfirmed: 'Confirmado con la solicitante; se cierra',
  duplicate: 'Duplicado de una solicitud ya registrada por el mismo problema; se cierra',
  siteNote: ['Verificado con la coordinadora antes de restablecer, según el procedimiento de acceso.', 'El mismo problema ocurrió el mes pasado en otra oficina.'],
  escalate12: ['No se puede cambiar con permisos de administradora de sitio; requiere el equipo técnico.', 'Probé las soluciones habituales sin éxito.'],
  l2Ack: ['Tomo esta solicitud y reviso los registros del servidor y la configuración.', 'Me encargo; actualizo aquí.'],
  l2Ask: ['¿Puede enviar la hora en que pasó por última vez y el usuario afectado (sin datos del caso)?', '¿Qué roles están afectados? ¿Pasa también en la instancia de capacitación?'],
  siteAdminAnswer: ['Hacia las 10 a. m. de hoy; usuarios en la nota interna.', 'Todas las gestoras de {district}; sí, igual en capacitación.'],
  l2Note: ['Quizás relacionado con el cambio de configuración de la semana pasada.', 'El registro muestra un tiempo de espera agotado en la tarea de fondo.'],
  escalate23: ['Reproducido en la instancia de capacitación; requiere un cambio de código.', 'No es configuración: los errores del servidor indican un defecto.'],
  l2Tried: 'Revisadas configuración, roles y registros del servidor; reproducido en capacitación con una cuenta de prueba.',
  toDevelopers: ['Escalado a los desarrolladores con el expediente completo. Compartiré sus avances aquí.'],
  vendorQuestionRelay: 'Los desarrolladores preguntan si afecta a todas las usuarias o solo a algunos roles. ¿Puede verificarlo?',
  testOnStaging: 'Hay una corrección en el servidor de pruebas. ¿Puede el sitio probarla con una supervisora?',
  testedOk: 'Probado en el servidor de pruebas con dos usuarias: funciona.',
  deEscalate: 'Los desarrolladores publicaron la corrección; el seguimiento restante (limpieza de datos, comunicación) es de nivel 2',
  backFromDevelopers: 'Corrección desplegada; reviso los registros restantes con el sitio antes de cerrar.',
  urgencyRaised: 'Más oficinas afectadas de lo informado',
  fixedIn: 'Versión de corrección {version}.',
};

const PT: Phrases = {
  ack: ['Obrigado, estou a verificar agora.', 'Recebido; verifico e respondo hoje.'],
  askInfo: ['Pode indicar a mensagem de erro exacta e o aparelho ou navegador que usa?', 'Acontece com todo o escritório ou só consigo?'],
  reporterReply: ['Acontece sempre no tablet do escritório, desde ontem de manhã.', 'Só na minha conta; a mensagem diz «Algo correu mal».'],
  relayedReply: ['Liguei para {name}: acontece no tablet do escritório desde ontem.', 'Falei de novo com {name}: dois colegas têm o mesmo problema.'],
  thanks: ['Já funciona, obrigada!', 'Confirmado, está tudo bem.'],
  relayedThanks: ['{name} confirmou por telefone que já funciona.'],
  stillBroken: ['Desculpe, o problema voltou esta manhã.'],
  relayedStillBroken: ['{name} ligou de novo: o problema voltou.'],
  reopenReason: 'O requerente diz que o problema voltou',
  lookingAgain: ['Reaberto; estou a ver de novo os registos desta manhã.'],
  closeConfirmed: 'Confirmado com o requerente; encerrado',
  duplicate: 'Duplicado de um pedido já registado para o mesmo problema; encerrado',
  siteNote: ['Confirmado com a supervisora antes de redefinir, conforme o procedimento de acesso.', 'O mesmo problema aconteceu no mês passado noutro escritório.'],
  escalate12: ['Não é possível alterar com permissões de administrador do site; precisa da equipa técnica.', 'Tentei as soluções habituais sem sucesso.'],
  l2Ack: ['Fico com este pedido e estou a verificar os registos do servidor e a configuração.', 'Trato disto; actualizo aqui.'],
  l2Ask: ['Pode enviar a hora da última ocorrência e o utilizador afectado (sem dados do caso)?', 'Que perfis são afectados? Acontece também na instância de formação?'],
  siteAdminAnswer: ['Por volta das 10h de hoje; utilizadores na nota interna.', 'Todos os assistentes sociais de {district}; sim, igual na formação.'],
  l2Note: ['Talvez ligado à alteração de configuração da semana passada.', 'O registo mostra tempo esgotado na tarefa de fundo.'],
  escalate23: ['Reproduzido na instância de formação; precisa de alteração de código.', 'Não é configuração: os erros do servidor indicam um defeito.'],
  l2Tried: 'Verificados configuração, perfis e registos do servidor; reproduzido na formação com uma conta de teste.',
  toDevelopers: ['Escalado para os programadores com o dossiê completo. Partilharei as novidades aqui.'],
  vendorQuestionRelay: 'Os programadores perguntam se afecta todos os utilizadores ou só alguns perfis. Pode verificar?',
  testOnStaging: 'Há uma correcção no servidor de testes. O site pode testá-la com uma supervisora?',
  testedOk: 'Testado no servidor de testes com dois utilizadores: funciona.',
  deEscalate: 'Os programadores publicaram a correcção; o seguimento restante (limpeza de dados, comunicação) é de nível 2',
  backFromDevelopers: 'Correcção instalada; verifico os registos restantes com o site antes de encerrar.',
  urgencyRaised: 'Mais escritórios afectados do que o indicado',
  fixedIn: 'Versão de correcção {version}.',
};

const AR: Phrases = {
  ack: ['شكراً، أعمل على الطلب الآن.', 'تم الاستلام؛ سأتحقق وأعود إليك اليوم.'],
  askInfo: ['هل يمكنك إرسال نص رسالة الخطأ بالضبط ونوع الجهاز أو المتصفح؟', 'هل يحدث هذا لكل المكتب أم لك فقط؟'],
  reporterReply: ['يحدث في كل مرة على الجهاز اللوحي في المكتب منذ صباح أمس.', 'على حسابي فقط؛ الرسالة تقول «حدث خطأ ما».'],
  relayedReply: ['اتصلت بـ {name}: يحدث على جهاز المكتب منذ أمس.', 'تحدثت مع {name} مجدداً: زميلتان لديهما المشكلة نفسها.'],
  thanks: ['يعمل الآن، شكراً!', 'تم التأكد، كل شيء سليم.'],
  relayedThanks: ['أكدت {name} بالهاتف أن المشكلة حُلّت.'],
  stillBroken: ['عذراً، عادت المشكلة صباح اليوم.'],
  relayedStillBroken: ['اتصلت {name} مجدداً: عادت المشكلة.'],
  reopenReason: 'أفادت مقدمة الطلب بأن المشكلة عادت',
  lookingAgain: ['أُعيد فتح الطلب؛ أراجع سجلات هذا الصباح.'],
  closeConfirmed: 'تم التأكيد مع مقدمة الطلب؛ إغلاق',
  duplicate: 'مكرر لطلب مسجل سابقاً للمشكلة نفسها؛ إغلاق',
  siteNote: ['تم التحقق مع المشرفة قبل إعادة التعيين حسب إجراء الوصول.', 'حدثت المشكلة نفسها الشهر الماضي في مكتب آخر.'],
  escalate12: ['لا يمكن تغيير ذلك بصلاحيات مسؤولة الموقع؛ يحتاج إلى الفريق التقني.', 'جربت الحلول المعتادة دون نجاح.'],
  l2Ack: ['استلمت الطلب وأراجع سجلات الخادم والإعدادات.', 'أتابع هذا الطلب وسأحدّث هنا.'],
  l2Ask: ['هل يمكنك إرسال وقت آخر حدوث واسم المستخدم المعني (دون تفاصيل الحالة)؟', 'ما الأدوار المتأثرة؟ وهل يحدث على نسخة التدريب أيضاً؟'],
  siteAdminAnswer: ['حوالي الساعة 10 صباح اليوم؛ أسماء المستخدمين في الملاحظة الداخلية.', 'كل مديرات الحالة في {district}؛ نعم، وعلى نسخة التدريب أيضاً.'],
  l2Note: ['ربما يرتبط بتغيير الإعدادات الذي نُشر الأسبوع الماضي.', 'السجل يُظهر انتهاء المهلة في مهمة الخلفية.'],
  escalate23: ['أُعيد إنتاج المشكلة على نسخة التدريب؛ تحتاج إلى تعديل في الشيفرة.', 'ليست مشكلة إعدادات: أخطاء الخادم تشير إلى خلل في التطبيق.'],
  l2Tried: 'رُوجعت الإعدادات والأدوار وسجلات الخادم، وأُعيد إنتاج المشكلة على نسخة التدريب بحساب تجريبي.',
  toDevelopers: ['صُعّد الطلب إلى المطورين مع الملف الكامل، وسأشارك مستجداتهم هنا.'],
  vendorQuestionRelay: 'يسأل المطورون إن كانت المشكلة تصيب كل المستخدمات أم أدواراً معينة فقط. هل يمكنك التحقق؟',
  testOnStaging: 'الإصلاح جاهز على خادم الاختبار. هل يمكن للموقع تجربته مع مشرفة واحدة؟',
  testedOk: 'جُرّب على خادم الاختبار مع مستخدمتين: يعمل كما يجب.',
  deEscalate: 'أصدر المطورون الإصلاح؛ المتابعة المتبقية (تنظيف البيانات والتواصل مع المستخدمات) من عمل المستوى 2',
  backFromDevelopers: 'نُشر الإصلاح؛ أراجع السجلات المتبقية مع الموقع قبل الإغلاق.',
  urgencyRaised: 'المكاتب المتأثرة أكثر مما أُبلغ في البداية',
  fixedIn: 'إصدار الإصلاح {version}.',
};

export const PHRASES_BY_SITE: Record<string, Phrases> = { SLE: EN, SSD: EN, JOR: AR, COD: FR, COL: ES, MOZ: PT };

/** What developers write; vendor teams work in English. */
export const VENDOR_PHRASES = {
  triaged: [
    'Triaged: reproduced on {moduleVersion} with the steps in the dossier. Planned for the next patch release.',
    'Thanks for the clear dossier. Confirmed as a defect; added to the current sprint.',
  ],
  question: 'Could the site confirm whether this happens for every user or only for some roles? One timestamp of an occurrence would help us find it in the logs.',
  working: ['Root cause found; working on the fix and a regression test.', 'Fix in progress. No workaround on the server side for now.'],
  fixReady: 'Fix merged and deployed to the staging server for the site to test: {url}',
  released: 'Released in {version} and deployed to {instance} during the maintenance window.',
};

export const DOSSIER_EXTRAS = {
  browsers: ['Chrome 124 on Android 11 (Samsung Galaxy Tab A7)', 'Chrome 125 on Windows 10', 'Firefox 115 ESR on Windows 10', 'Edge 124 on Windows 11'],
  systems: ['Android 11, Samsung Galaxy Tab A7 (project tablets)', 'Windows 10 Pro (office desktops)', 'Windows 11 (laptops)', 'Ubuntu 22.04 (help-desk test machine)'],
  noScreenshot: [
    'Screenshots would show case data; reproduced on the training instance and described the screens instead.',
    'The error page carries no detail beyond the message quoted; server log excerpt attached to the Jira issue instead.',
  ],
  roles: {
    cp: 'Case Worker, CP Supervisor',
    gbv: 'GBV Caseworker, GBV Supervisor',
    mrm: 'MRM Monitor, MRM Verifier',
  } as Record<string, string>,
};
