import { and, eq, inArray } from 'drizzle-orm';
import type { ModuleCode, Role } from '../../shared/constants.ts';
import type { Database } from '../db/client.ts';
import { helpRequests, sites, users } from '../db/schema/index.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import { acknowledgeNotice } from '../notices/acknowledge-notice.ts';
import { issueNotice } from '../notices/issue-notice.ts';
import { relayNotice } from '../notices/relay-notice.ts';
import type { Actor } from '../policies/actor.ts';

const DAY = 24 * 3_600_000;

async function actor(db: Database, email: string): Promise<Actor> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return { ...row, role: row.role as Role, modules: row.modules as ModuleCode[] };
}

/** At `days` from today at `hour`:00 UTC, so the window is the same clock time on every run. */
const at = (days: number, hour: number) => {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

/**
 * Two notices: an upcoming CPIMS+ downtime part-way down the cascade (Sierra Leone reached its end
 * users, DR Congo its site admin, Mozambique still waits for its coordinator) and a GBVIMS+
 * training nobody has relayed yet.
 */
export async function seedDemoNotices(options: { db: Database; settings: MailSettings; log: (line: string) => void }) {
  const { db, settings } = options;
  const helpDesk = await actor(db, 'help_desk@demo.test');
  const coordinator = await actor(db, 'coordinator@demo.test');
  const siteAdmin = await actor(db, 'site_admin@demo.test');
  const reporter = await actor(db, 'reporter@demo.test');
  const [sle] = await db.select().from(sites).where(eq(sites.code, 'SLE'));
  const cod = (await db.select().from(sites).where(eq(sites.code, 'COD')))[0];
  const linked = await db
    .select({ reference: helpRequests.reference })
    .from(helpRequests)
    .where(and(eq(helpRequests.siteId, sle.id), inArray(helpRequests.category, ['performance', 'bug'])))
    .limit(1);

  const downtime = await issueNotice({
    db,
    settings,
    actor: helpDesk,
    input: {
      type: 'downtime',
      versions: [
        {
          language: 'en',
          title: 'CPIMS+ upgrade to v2.11.4',
          body: 'Primero will be **unavailable** for about four hours while the server is upgraded.\n\n- Sync every tablet **before** the window.\n- Record new cases on the paper forms during the window.\n- The release fixes the slow case search and the sync stopping at 80%.',
        },
        {
          language: 'fr',
          title: 'Mise à niveau de CPIMS+ vers v2.11.4',
          body: 'Primero sera **indisponible** environ quatre heures pendant la mise à niveau du serveur.\n\n- Synchronisez chaque tablette **avant** le créneau.\n- Utilisez les formulaires papier pendant le créneau.',
        },
        {
          language: 'pt',
          title: 'Atualização do CPIMS+ para v2.11.4',
          body: 'O Primero ficará **indisponível** cerca de quatro horas durante a atualização do servidor.\n\n- Sincronize cada tablet **antes** da janela.\n- Use os formulários em papel durante a janela.',
        },
      ],
      windowStart: at(3, 6),
      windowEnd: at(3, 10),
      modules: ['cp'],
      requestReferences: linked.map((row) => row.reference),
      releaseVersion: 'v2.11.4',
    },
  });
  await relayNotice({
    db,
    settings,
    actor: coordinator,
    noticeId: downtime.id,
    input: { siteId: sle.id, localWords: 'Freetown office stays open during the window for questions.' },
  });
  await relayNotice({ db, settings, actor: coordinator, noticeId: downtime.id, input: { siteId: cod.id } });
  await relayNotice({
    db,
    settings,
    actor: siteAdmin,
    noticeId: downtime.id,
    input: { siteId: sle.id, localWords: 'Please sync before 05:30 on the day.' },
  });
  await acknowledgeNotice({ db, actor: reporter, noticeId: downtime.id });

  const jor = (await db.select().from(sites).where(eq(sites.code, 'JOR')))[0];
  const col = (await db.select().from(sites).where(eq(sites.code, 'COL')))[0];
  await issueNotice({
    db,
    settings,
    actor: helpDesk,
    input: {
      type: 'training',
      versions: [
        {
          language: 'en',
          title: 'GBVIMS+ refresher: referrals and consent',
          body: 'A two-hour online session on the referral workflow and recording consent. A link follows from your coordinator.',
        },
        {
          language: 'es',
          title: 'Repaso de GBVIMS+: remisiones y consentimiento',
          body: 'Una sesión en línea de dos horas sobre el flujo de remisiones y el registro del consentimiento.',
        },
        {
          language: 'ar',
          title: 'تدريب تنشيطي على GBVIMS+: الإحالات والموافقة',
          body: 'جلسة عبر الإنترنت مدتها ساعتان حول مسار الإحالة وتسجيل الموافقة.',
        },
      ],
      windowStart: at(10, 13),
      windowEnd: at(10, 15),
      siteIds: [jor.id, col.id],
    },
  });
  options.log('Seeding demo data: notices done.');
}
