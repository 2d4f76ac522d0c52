import type { SheetLanguage } from '../../shared/register-schemas.ts';

type Strings = { title: string; sheetNames: { register: string; instructions: string; lists: string }; lines: string[] };

/** The Instructions sheet, in the site's language. `{site}` and `{code}` are filled in. */
export const TEMPLATE_INSTRUCTIONS: Record<SheetLanguage, Strings> = {
  en: {
    title: 'Help request register — {site}',
    sheetNames: { register: 'Register', instructions: 'Instructions', lists: 'Lists' },
    lines: [
      'One row per help request, on the Register sheet. Keep the first row (the column names).',
      'Row ID: give every new row its own id (1, 2, 3…) and never reuse it. Importing the sheet again then updates those requests instead of adding them twice.',
      'Reference: leave it empty for new requests. Rows exported from Support Hub carry it; edit them and import the file to change those requests.',
      'Site: {code}, or leave it empty when you import the file for this site.',
      'Date received: 2026-03-05, 05/03/2026 (day first) or a date cell. Empty means the day of the import.',
      'Channel, Module, Category, Urgency and Status: pick from the lists.',
      'Summary is required. A resolved request needs a Resolution.',
      'Import: Support Hub → Register → Import spreadsheet. You see every row and every error before anything is saved; a file with errors saves nothing.',
      'Do not write case details (names, dates of birth, case IDs) in the sheet.',
    ],
  },
  fr: {
    title: 'Registre des demandes d’assistance — {site}',
    sheetNames: { register: 'Registre', instructions: 'Instructions', lists: 'Listes' },
    lines: [
      'Une ligne par demande, sur la feuille Registre. Gardez la première ligne (les noms des colonnes).',
      'ID de ligne : donnez à chaque nouvelle ligne son propre identifiant (1, 2, 3…) et ne le réutilisez jamais. Réimporter la feuille met alors à jour ces demandes au lieu de les ajouter deux fois.',
      'Référence : laissez-la vide pour les nouvelles demandes. Les lignes exportées de Support Hub la portent ; modifiez-les et importez le fichier pour changer ces demandes.',
      'Site : {code}, ou laissez vide si vous importez le fichier pour ce site.',
      'Date de réception : 2026-03-05, 05/03/2026 (jour d’abord) ou une cellule date. Vide : le jour de l’import.',
      'Canal, Module, Catégorie, Urgence et Statut : choisissez dans les listes.',
      'Le Résumé est obligatoire. Une demande résolue a besoin d’une Résolution.',
      'Import : Support Hub → Registre → Importer un tableur. Vous voyez chaque ligne et chaque erreur avant tout enregistrement ; un fichier avec des erreurs n’enregistre rien.',
      'N’écrivez aucun détail de dossier (noms, dates de naissance, numéros de dossier) dans la feuille.',
    ],
  },
  es: {
    title: 'Registro de solicitudes de asistencia — {site}',
    sheetNames: { register: 'Registro', instructions: 'Instrucciones', lists: 'Listas' },
    lines: [
      'Una fila por solicitud, en la hoja Registro. Conserve la primera fila (los nombres de las columnas).',
      'ID de fila: dé a cada fila nueva su propio identificador (1, 2, 3…) y no lo reutilice nunca. Al importar la hoja otra vez se actualizan esas solicitudes en lugar de añadirlas dos veces.',
      'Referencia: déjela vacía para solicitudes nuevas. Las filas exportadas de Support Hub la llevan; edítelas e importe el archivo para cambiar esas solicitudes.',
      'Sitio: {code}, o déjelo vacío si importa el archivo para este sitio.',
      'Fecha de recepción: 2026-03-05, 05/03/2026 (día primero) o una celda de fecha. Vacía: el día de la importación.',
      'Canal, Módulo, Categoría, Urgencia y Estado: elija de las listas.',
      'El Resumen es obligatorio. Una solicitud resuelta necesita una Resolución.',
      'Importar: Support Hub → Registro → Importar hoja de cálculo. Verá cada fila y cada error antes de guardar nada; un archivo con errores no guarda nada.',
      'No escriba detalles de casos (nombres, fechas de nacimiento, números de caso) en la hoja.',
    ],
  },
  pt: {
    title: 'Registo de pedidos de suporte — {site}',
    sheetNames: { register: 'Registo', instructions: 'Instruções', lists: 'Listas' },
    lines: [
      'Uma linha por pedido, na folha Registo. Mantenha a primeira linha (os nomes das colunas).',
      'ID da linha: dê a cada nova linha o seu próprio identificador (1, 2, 3…) e nunca o reutilize. Importar a folha de novo atualiza esses pedidos em vez de os adicionar duas vezes.',
      'Referência: deixe-a vazia para pedidos novos. As linhas exportadas do Support Hub trazem-na; edite-as e importe o ficheiro para alterar esses pedidos.',
      'Local: {code}, ou deixe vazio se importar o ficheiro para este local.',
      'Data de recebimento: 2026-03-05, 05/03/2026 (dia primeiro) ou uma célula de data. Vazia: o dia da importação.',
      'Canal, Módulo, Categoria, Urgência e Estado: escolha nas listas.',
      'O Resumo é obrigatório. Um pedido resolvido precisa de uma Resolução.',
      'Importar: Support Hub → Registo → Importar folha de cálculo. Vê cada linha e cada erro antes de gravar; um ficheiro com erros não grava nada.',
      'Não escreva detalhes de casos (nomes, datas de nascimento, números de caso) na folha.',
    ],
  },
  ar: {
    title: 'سجل طلبات الدعم — {site}',
    sheetNames: { register: 'السجل', instructions: 'التعليمات', lists: 'القوائم' },
    lines: [
      'صف واحد لكل طلب في ورقة السجل. احتفظ بالصف الأول (أسماء الأعمدة).',
      'معرّف الصف: أعطِ كل صف جديد معرّفًا خاصًا به (1، 2، 3…) ولا تُعِد استخدامه. عند استيراد الورقة مرة أخرى تُحدَّث هذه الطلبات بدل إضافتها مرتين.',
      'المرجع: اتركه فارغًا للطلبات الجديدة. الصفوف المصدّرة من Support Hub تحمله؛ عدّلها واستورد الملف لتغيير تلك الطلبات.',
      'الموقع: {code}، أو اتركه فارغًا عند استيراد الملف لهذا الموقع.',
      'تاريخ الاستلام: 2026-03-05 أو 05/03/2026 (اليوم أولًا) أو خلية تاريخ. الفارغ يعني يوم الاستيراد.',
      'القناة والوحدة والفئة والأولوية والحالة: اختر من القوائم.',
      'الملخص إلزامي. الطلب المحلول يحتاج إلى وصف الحل.',
      'الاستيراد: Support Hub ← السجل ← استيراد جدول بيانات. ترى كل صف وكل خطأ قبل حفظ أي شيء؛ الملف الذي فيه أخطاء لا يحفظ شيئًا.',
      'لا تكتب تفاصيل الحالات (الأسماء، تواريخ الميلاد، أرقام الحالات) في الورقة.',
    ],
  },
};
