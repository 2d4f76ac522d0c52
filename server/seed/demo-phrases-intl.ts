import type { Phrases } from './demo-phrases.ts';

/** The timeline phrases in French, Spanish, Portuguese and Arabic (see demo-phrases.ts). */
export const FR: Phrases = {
  ack: ['Merci, je regarde cela maintenant.', "Bien reçu, je vérifie et je reviens vers vous aujourd'hui."],
  askInfo: [
    "Pouvez-vous me donner le message d'erreur exact et l'appareil ou le navigateur utilisé ?",
    'Est-ce que cela arrive à tout le bureau ou seulement à vous ?',
  ],
  reporterReply: [
    'Cela arrive à chaque fois sur la tablette du bureau, depuis hier matin.',
    'Seulement sur mon compte ; message « Une erreur est survenue ».',
  ],
  relayedReply: [
    'Appelé {name} : cela arrive sur la tablette du bureau depuis hier.',
    '{name} rappelé : deux collègues ont le même problème.',
  ],
  askDetails:
    "Pouvez-vous m'envoyer les précisions nécessaires (bureau, noms d'utilisateur, dates) ? Sans détails de cas, s'il vous plaît.",
  detailsReply: 'Je vous ai envoyé la liste par e-mail ce matin.',
  relayedDetailsReply: '{name} a envoyé les précisions par e-mail.',
  thanks: ['Ça marche maintenant, merci !', 'Confirmé, tout va bien de mon côté.'],
  relayedThanks: ['{name} a confirmé par téléphone que cela fonctionne.'],
  satisfied: "Merci, c'est exactement ce qu'il nous fallait.",
  relayedSatisfied: "{name} a appelé pour remercier ; rien d'autre à faire.",
  stillBroken: ['Désolé, le problème est revenu ce matin.'],
  relayedStillBroken: ['{name} a rappelé : le problème est revenu.'],
  reopenReason: 'Le demandeur signale que le problème est revenu',
  lookingAgain: ['Rouvert ; je regarde à nouveau les journaux de ce matin.'],
  closeConfirmed: 'Confirmé avec le demandeur ; clôture',
  duplicate: "Doublon d'une demande déjà enregistrée pour le même problème ; clôture",
  siteNote: [
    "Vérifié avec le superviseur avant la réinitialisation, selon la procédure d'accès.",
    'Même problème le mois dernier dans un autre bureau.',
  ],
  escalate12: [
    "Impossible à corriger avec les droits d'administrateur de site ; il faut l'équipe technique.",
    'Solutions habituelles essayées sans succès.',
  ],
  l2Ack: [
    'Je prends cette demande et je vérifie les journaux du serveur et la configuration.',
    "Je m'en occupe ; mises à jour ici.",
  ],
  l2Ask: [
    "Pouvez-vous envoyer l'heure du dernier incident et le nom d'utilisateur concerné (sans détails de cas) ?",
    "Quels rôles sont touchés ? Est-ce pareil sur l'instance de formation ?",
  ],
  siteAdminAnswer: [
    "Vers 10 h aujourd'hui, pour {worker} et un collègue.",
    "Tous les travailleurs sociaux de {district} ; oui, pareil sur l'instance de formation.",
  ],
  l2Note: [
    'Peut-être lié au changement de configuration de la semaine dernière.',
    'Le journal montre un délai dépassé dans la tâche de fond.',
  ],
  escalate23: [
    "Reproduit sur l'instance de formation ; il faut une modification du code.",
    "Pas un problème de configuration : les erreurs serveur indiquent un défaut de l'application.",
  ],
  l2Tried: "Configuration, rôles et journaux vérifiés ; reproduit sur l'instance de formation avec un compte de test.",
  toDevelopers: ['Transmis aux développeurs avec le dossier complet. Je partagerai leurs nouvelles ici.'],
  vendorQuestionRelay:
    'Les développeurs demandent si cela touche tous les utilisateurs ou seulement certains rôles. Pouvez-vous vérifier ?',
  testOnStaging: 'Un correctif est prêt sur le serveur de test. Le site peut-il le tester avec un superviseur ?',
  testedOk: 'Testé sur le serveur de test avec deux utilisateurs : fonctionne.',
  deEscalate:
    'Les développeurs ont livré le correctif ; le suivi restant (nettoyage des données, communication) relève du niveau 2',
  backFromDevelopers: 'Correctif déployé ; je vérifie les fiches restantes avec le site avant de clôturer.',
  urgencyRaised: 'Plus de bureaux touchés que signalé au départ',
  fixedIn: 'Version corrective {version}.',
};

export const ES: Phrases = {
  ack: ['Gracias, lo reviso ahora mismo.', 'Recibido; reviso y le respondo hoy.'],
  askInfo: ['¿Me indica el mensaje de error exacto y qué equipo o navegador usa?', '¿Le pasa a toda la oficina o solo a usted?'],
  reporterReply: [
    'Pasa siempre en la tableta de la oficina, desde ayer en la mañana.',
    'Solo en mi cuenta; el mensaje dice «Algo salió mal».',
  ],
  relayedReply: [
    'Llamé a {name}: pasa en la tableta de la oficina desde ayer.',
    'Hablé otra vez con {name}: dos compañeras tienen el mismo problema.',
  ],
  askDetails: '¿Me puede enviar los datos que necesito (oficina, usuarias, fechas)? Sin datos de casos, por favor.',
  detailsReply: 'Le envié la lista por correo esta mañana.',
  relayedDetailsReply: '{name} envió los datos por correo.',
  thanks: ['¡Ya funciona, gracias!', 'Confirmado, todo bien.'],
  relayedThanks: ['{name} confirmó por teléfono que ya funciona.'],
  satisfied: 'Gracias, es justo lo que necesitábamos.',
  relayedSatisfied: '{name} llamó para agradecer; no se necesita nada más.',
  stillBroken: ['Perdón, el problema volvió esta mañana.'],
  relayedStillBroken: ['{name} volvió a llamar: el problema regresó.'],
  reopenReason: 'La solicitante informa que el problema volvió',
  lookingAgain: ['Reabierto; reviso de nuevo los registros de esta mañana.'],
  closeConfirmed: 'Confirmado con la solicitante; se cierra',
  duplicate: 'Duplicado de una solicitud ya registrada por el mismo problema; se cierra',
  siteNote: [
    'Verificado con la coordinadora antes de restablecer, según el procedimiento de acceso.',
    'El mismo problema ocurrió el mes pasado en otra oficina.',
  ],
  escalate12: [
    'No se puede cambiar con permisos de administradora de sitio; requiere el equipo técnico.',
    'Probé las soluciones habituales sin éxito.',
  ],
  l2Ack: ['Tomo esta solicitud y reviso los registros del servidor y la configuración.', 'Me encargo; actualizo aquí.'],
  l2Ask: [
    '¿Puede enviar la hora en que pasó por última vez y el usuario afectado (sin datos del caso)?',
    '¿Qué roles están afectados? ¿Pasa también en la instancia de capacitación?',
  ],
  siteAdminAnswer: [
    'Hacia las 10 a. m. de hoy, para {worker} y una compañera.',
    'Todas las gestoras de {district}; sí, igual en capacitación.',
  ],
  l2Note: [
    'Quizás relacionado con el cambio de configuración de la semana pasada.',
    'El registro muestra un tiempo de espera agotado en la tarea de fondo.',
  ],
  escalate23: [
    'Reproducido en la instancia de capacitación; requiere un cambio de código.',
    'No es configuración: los errores del servidor indican un defecto.',
  ],
  l2Tried: 'Revisadas configuración, roles y registros del servidor; reproducido en capacitación con una cuenta de prueba.',
  toDevelopers: ['Escalado a los desarrolladores con el expediente completo. Compartiré sus avances aquí.'],
  vendorQuestionRelay: 'Los desarrolladores preguntan si afecta a todas las usuarias o solo a algunos roles. ¿Puede verificarlo?',
  testOnStaging: 'Hay una corrección en el servidor de pruebas. ¿Puede el sitio probarla con una supervisora?',
  testedOk: 'Probado en el servidor de pruebas con dos usuarias: funciona.',
  deEscalate:
    'Los desarrolladores publicaron la corrección; el seguimiento restante (limpieza de datos, comunicación) es de nivel 2',
  backFromDevelopers: 'Corrección desplegada; reviso los registros restantes con el sitio antes de cerrar.',
  urgencyRaised: 'Más oficinas afectadas de lo informado',
  fixedIn: 'Versión de corrección {version}.',
};

export const PT: Phrases = {
  ack: ['Obrigado, estou a verificar agora.', 'Recebido; verifico e respondo hoje.'],
  askInfo: [
    'Pode indicar a mensagem de erro exacta e o aparelho ou navegador que usa?',
    'Acontece com todo o escritório ou só consigo?',
  ],
  reporterReply: [
    'Acontece sempre no tablet do escritório, desde ontem de manhã.',
    'Só na minha conta; a mensagem diz «Algo correu mal».',
  ],
  relayedReply: [
    'Liguei para {name}: acontece no tablet do escritório desde ontem.',
    'Falei de novo com {name}: dois colegas têm o mesmo problema.',
  ],
  askDetails: 'Pode enviar-me os dados necessários (escritório, utilizadores, datas)? Sem dados de casos, por favor.',
  detailsReply: 'Enviei a lista por e-mail esta manhã.',
  relayedDetailsReply: '{name} enviou os dados por e-mail.',
  thanks: ['Já funciona, obrigada!', 'Confirmado, está tudo bem.'],
  relayedThanks: ['{name} confirmou por telefone que já funciona.'],
  satisfied: 'Obrigado, era exactamente o que precisávamos.',
  relayedSatisfied: '{name} ligou a agradecer; não é preciso mais nada.',
  stillBroken: ['Desculpe, o problema voltou esta manhã.'],
  relayedStillBroken: ['{name} ligou de novo: o problema voltou.'],
  reopenReason: 'O requerente diz que o problema voltou',
  lookingAgain: ['Reaberto; estou a ver de novo os registos desta manhã.'],
  closeConfirmed: 'Confirmado com o requerente; encerrado',
  duplicate: 'Duplicado de um pedido já registado para o mesmo problema; encerrado',
  siteNote: [
    'Confirmado com a supervisora antes de redefinir, conforme o procedimento de acesso.',
    'O mesmo problema aconteceu no mês passado noutro escritório.',
  ],
  escalate12: [
    'Não é possível alterar com permissões de administrador do site; precisa da equipa técnica.',
    'Tentei as soluções habituais sem sucesso.',
  ],
  l2Ack: ['Fico com este pedido e estou a verificar os registos do servidor e a configuração.', 'Trato disto; actualizo aqui.'],
  l2Ask: [
    'Pode enviar a hora da última ocorrência e o utilizador afectado (sem dados do caso)?',
    'Que perfis são afectados? Acontece também na instância de formação?',
  ],
  siteAdminAnswer: [
    'Por volta das 10h de hoje, para {worker} e um colega.',
    'Todos os assistentes sociais de {district}; sim, igual na formação.',
  ],
  l2Note: ['Talvez ligado à alteração de configuração da semana passada.', 'O registo mostra tempo esgotado na tarefa de fundo.'],
  escalate23: [
    'Reproduzido na instância de formação; precisa de alteração de código.',
    'Não é configuração: os erros do servidor indicam um defeito.',
  ],
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

export const AR: Phrases = {
  ack: ['شكراً، أعمل على الطلب الآن.', 'تم الاستلام؛ سأتحقق وأعود إليك اليوم.'],
  askInfo: ['هل يمكنك إرسال نص رسالة الخطأ بالضبط ونوع الجهاز أو المتصفح؟', 'هل يحدث هذا لكل المكتب أم لك فقط؟'],
  reporterReply: ['يحدث في كل مرة على الجهاز اللوحي في المكتب منذ صباح أمس.', 'على حسابي فقط؛ الرسالة تقول «حدث خطأ ما».'],
  relayedReply: ['اتصلت بـ {name}: يحدث على جهاز المكتب منذ أمس.', 'تحدثت مع {name} مجدداً: زميلتان لديهما المشكلة نفسها.'],
  askDetails: 'هل يمكنك إرسال التفاصيل اللازمة (المكتب، أسماء المستخدمين، التواريخ)؟ دون تفاصيل الحالات من فضلك.',
  detailsReply: 'أرسلت لك القائمة بالبريد صباح اليوم.',
  relayedDetailsReply: 'أرسلت {name} التفاصيل بالبريد.',
  thanks: ['يعمل الآن، شكراً!', 'تم التأكد، كل شيء سليم.'],
  relayedThanks: ['أكدت {name} بالهاتف أن المشكلة حُلّت.'],
  satisfied: 'شكراً، هذا ما كنا نحتاجه تماماً.',
  relayedSatisfied: 'اتصلت {name} للشكر؛ لا حاجة لشيء آخر.',
  stillBroken: ['عذراً، عادت المشكلة صباح اليوم.'],
  relayedStillBroken: ['اتصلت {name} مجدداً: عادت المشكلة.'],
  reopenReason: 'أفادت مقدمة الطلب بأن المشكلة عادت',
  lookingAgain: ['أُعيد فتح الطلب؛ أراجع سجلات هذا الصباح.'],
  closeConfirmed: 'تم التأكيد مع مقدمة الطلب؛ إغلاق',
  duplicate: 'مكرر لطلب مسجل سابقاً للمشكلة نفسها؛ إغلاق',
  siteNote: ['تم التحقق مع المشرفة قبل إعادة التعيين حسب إجراء الوصول.', 'حدثت المشكلة نفسها الشهر الماضي في مكتب آخر.'],
  escalate12: ['لا يمكن تغيير ذلك بصلاحيات مسؤولة الموقع؛ يحتاج إلى الفريق التقني.', 'جربت الحلول المعتادة دون نجاح.'],
  l2Ack: ['استلمت الطلب وأراجع سجلات الخادم والإعدادات.', 'أتابع هذا الطلب وسأحدّث هنا.'],
  l2Ask: [
    'هل يمكنك إرسال وقت آخر حدوث واسم المستخدم المعني (دون تفاصيل الحالة)؟',
    'ما الأدوار المتأثرة؟ وهل يحدث على نسخة التدريب أيضاً؟',
  ],
  siteAdminAnswer: [
    'حوالي الساعة 10 صباح اليوم، للمستخدمة {worker} وزميلة أخرى.',
    'كل مديرات الحالة في {district}؛ نعم، وعلى نسخة التدريب أيضاً.',
  ],
  l2Note: ['ربما يرتبط بتغيير الإعدادات الذي نُشر الأسبوع الماضي.', 'السجل يُظهر انتهاء المهلة في مهمة الخلفية.'],
  escalate23: [
    'أُعيد إنتاج المشكلة على نسخة التدريب؛ تحتاج إلى تعديل في الشيفرة.',
    'ليست مشكلة إعدادات: أخطاء الخادم تشير إلى خلل في التطبيق.',
  ],
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
