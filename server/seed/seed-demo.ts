import { inArray } from 'drizzle-orm';
import { type Channel, L3_STATES, type L3State, type ModuleCode, type Urgency } from '../../shared/constants.ts';
import type { TCreateHelpRequest, TDossier, TSite } from '../../shared/schemas.ts';
import type { Database } from '../db/client.ts';
import { sites, users } from '../db/schema/index.ts';
import { escalateRequest } from '../escalation/escalate-request.ts';
import type { MailSettings } from '../mail/mail-settings.ts';
import { addComment } from '../requests/add-comment.ts';
import { createRequest } from '../requests/create-request.ts';
import { updateRequest } from '../requests/update-request.ts';
import { seedDemoCommunity } from './demo-community.ts';
import { type Action, buildStory, freshness, PLAN_BLOCK, type PlanKind } from './demo-lifecycle.ts';
import { seedDemoMailboxes } from './demo-mailboxes.ts';
import { seedDemoOffline } from './demo-offline.ts';
import { DOSSIER_EXTRAS, PHRASES_BY_SITE } from './demo-phrases.ts';
import { Deck, fill, nextPatch, Rng } from './demo-random.ts';
import { type RequestTemplate, TEMPLATES_BY_SITE } from './demo-requests.ts';
import { DEMO_SITES, DEMO_VENDOR_TEAMS, SITE_FLAVOUR } from './demo-sites.ts';
import { demoFollowUp, demoSource, type SeededRequest } from './demo-sources.ts';
import { seedDemoArticles } from './seed-demo-articles.ts';
import { seedDemoNotices } from './seed-demo-notices.ts';
import { seedDemoReleases } from './seed-demo-releases.ts';
import { castFor, seedPeople } from './seed-people.ts';
import { finishSlaSeed, seedSlaSettings } from './seed-sla.ts';

export { DEMO_ACCOUNTS } from './demo-users.ts';

const SEED = 20_250_601;
const HISTORY_DAYS = 120;
const HOUR = 3_600_000;
/** Per block of twenty requests, so every channel and urgency appears even in small seeds. */
const block = <T>(counts: readonly (readonly [T, number])[]): T[] => counts.flatMap(([value, n]) => Array<T>(n).fill(value));
const CHANNEL_BLOCK = block<Channel>([
  ['email', 6],
  ['web', 5],
  ['phone', 4],
  ['walk_in', 2],
  ['spreadsheet', 2],
  ['community', 1],
]);
const URGENCY_BLOCK = block<Urgency>([
  ['critical', 2],
  ['high', 5],
  ['normal', 9],
  ['low', 4],
]);

/** True when no user exists yet, i.e. a fresh database the demo data may go into. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length === 0;
}

type Planned = { plan: PlanKind; l3Target: L3State; sortKey: number };

/** Which plan each request follows, oldest first: finished stories lean old, open ones recent. */
function planRequests(rng: Rng, count: number): Planned[] {
  const planned: Planned[] = [];
  let l3Count = 0;
  while (planned.length < count) {
    for (const plan of rng.shuffle(PLAN_BLOCK)) {
      if (planned.length >= count) break;
      const l3Target = plan === 'l3' ? L3_STATES[l3Count++ % L3_STATES.length] : 'released';
      planned.push({ plan, l3Target, sortKey: rng.next() + freshness(plan, l3Target) });
    }
  }
  return planned.sort((a, b) => a.sortKey - b.sortKey);
}

function asciiSlug(name: string) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/** A Primero user name such as `cw.mk07`: never a person's name. */
function primeroUserName(rng: Rng, prefix: string) {
  const letter = () => String.fromCharCode(97 + rng.int(0, 25));
  return `${prefix}${letter()}${letter()}${String(rng.int(1, 40)).padStart(2, '0')}`;
}

/** The level-3 dossier the help desk would write: the request plus the developers' English details. */
function buildDossier(
  rng: Rng,
  context: {
    site: TSite;
    module: ModuleCode;
    tpl: RequestTemplate;
    input: { summary: string; description?: string };
    vars: { n: number; agency: string; district: string };
    text: (value: string) => string;
  },
): TDossier {
  const { site, module, tpl, input, vars, text } = context;
  const onTablet = tpl.c === 'sync' || /android|أندرويد/i.test(tpl.s);
  const platform = onTablet ? DOSSIER_EXTRAS.platforms[0] : rng.pick(DOSSIER_EXTRAS.platforms.slice(1));
  return {
    module,
    siteId: site.id,
    title: input.summary,
    description: `${input.description ?? ''}\n\n${text(tpl.tried ?? '')}`.trim(),
    moduleVersion: site.moduleVersions[module] ?? '',
    instanceUrl: site.instanceUrl,
    impactedUsers: `${vars.n} users at ${vars.agency} (${vars.district})`,
    impactedRoles: DOSSIER_EXTRAS.roles[module],
    browser: platform.browser,
    operatingSystem: platform.os,
    stepsToReproduce: text(tpl.l3?.steps ?? '1. Sign in as an affected user\n2. Repeat the action described above'),
    expectedResult: text(tpl.l3?.expected ?? 'The action completes'),
    actualResult: text(tpl.l3?.actual ?? 'An error is shown'),
    noScreenshotReason: rng.pick(DOSSIER_EXTRAS.noScreenshot),
  };
}

async function perform(db: Database, id: string, action: Action, now: Date) {
  switch (action.kind) {
    case 'comment':
      await addComment({ db, actor: action.actor, id, body: action.body, isInternal: action.internal, now });
      return;
    case 'update':
      await updateRequest({ db, actor: action.actor, id, input: action.input, now });
      return;
    case 'escalate':
      await escalateRequest({ db, actor: action.actor, id, input: action.input, now });
      return;
  }
}

/** Demo sites, vendor teams, users and requests with full timelines, the same on every run. */
export async function seedDemo(options: {
  db: Database;
  password: string;
  log?: (line: string) => void;
  requestCount?: number;
  /** Where links in the demo notices' mails point; localhost when not given. */
  mailSettings?: MailSettings;
}): Promise<void> {
  const { db, password } = options;
  const log = options.log ?? (() => {});
  const total = options.requestCount ?? 200;
  const rng = new Rng(SEED);
  const taken = await db
    .select({ code: sites.code })
    .from(sites)
    .where(
      inArray(
        sites.code,
        DEMO_SITES.map((site) => site.code),
      ),
    );
  if (taken.length > 0) {
    throw new Error(`Demo data goes into an empty database; site ${taken[0].code} already exists`);
  }
  const { sites: siteByCode, teams, people } = await seedPeople(db, password, log);
  await seedSlaSettings(db, siteByCode);

  const siteCodes = DEMO_SITES.map((site) => site.code);
  const decks = new Map<string, Deck<RequestTemplate>>();
  const deck = (code: string, reach: 1 | 2 | 3) => {
    const key = `${code}:${reach}`;
    let found = decks.get(key);
    if (!found) {
      found = new Deck(
        rng,
        TEMPLATES_BY_SITE[code].filter((tpl) => tpl.reach === reach),
      );
      decks.set(key, found);
    }
    return found;
  };
  const planned = planRequests(rng, total);
  const channels = Array.from({ length: Math.ceil(total / 20) }, () => rng.shuffle(CHANNEL_BLOCK)).flat();
  const urgencies = Array.from({ length: Math.ceil(total / 20) }, () => rng.shuffle(URGENCY_BLOCK)).flat();
  const end = Date.now();
  const start = end - HISTORY_DAYS * 24 * HOUR;
  const slot = (end - start) / Math.max(total, 1);

  const seeded: SeededRequest[] = [];
  log(`Seeding demo data: requests 0/${total}…`);
  for (let index = 0; index < total; index++) {
    const { plan, l3Target } = planned[index];
    const code = rng.weighted(siteCodes.map((c) => [c, SITE_FLAVOUR[c].weight] as const));
    const site = siteByCode.get(code) as TSite;
    const flavour = SITE_FLAVOUR[code];
    const module = site.modules[0];
    const teamId = teams.get(module) as string;
    const cast = castFor(site, module, teamId, people);
    const level = plan.startsWith('l1') ? 1 : plan === 'l2_after_l3' || plan === 'l3' ? 3 : 2;
    const reach = level === 1 ? (rng.chance(0.75) ? 1 : 2) : level;
    const tpl = deck(code, reach).draw();
    const channel = channels[index];
    let urgency = urgencies[index];
    if ((tpl.c === 'training' || tpl.c === 'feature') && urgency === 'critical') urgency = 'low';
    if (level === 3 && urgency === 'low') urgency = 'high';

    const siteAdmin = rng.pick(cast.siteAdmins);
    const isWeb = channel === 'web';
    const reporterName = isWeb ? cast.reporter.name : rng.pick(flavour.reporters);
    const phone = `${flavour.phonePrefix} ${String(rng.int(0, 9999)).padStart(4, '0')}`;
    const email = `${asciiSlug(reporterName) || `contact${rng.int(10, 99)}`}@${flavour.emailDomain}`;
    const byPhone = channel === 'phone' || channel === 'walk_in' || (channel !== 'email' && rng.chance(0.5));
    const vars = {
      district: rng.pick(flavour.districts),
      agency: rng.pick(flavour.agencies),
      worker: primeroUserName(rng, flavour.workerPrefix),
      n: rng.int(2, 9),
      m: rng.int(3, 12),
      name: reporterName,
    };
    const text = (value: string) => fill(value, vars);
    const input: TCreateHelpRequest = {
      siteId: site.id,
      module,
      channel,
      category: tpl.c,
      urgency,
      summary: text(tpl.s),
      description: text(tpl.d),
      tags: tpl.tags ?? [],
      ...(isWeb ? {} : { reporterName, reporterContact: byPhone ? phone : email }),
    };
    const moduleVersion = site.moduleVersions[module] ?? 'v2.11.0';
    const dossier = buildDossier(rng, { site, module, tpl, input, vars, text });
    const jiraKey = DEMO_VENDOR_TEAMS.find((team) => team.key === module)?.jiraProjectKey ?? 'DEV';
    const actions = buildStory({
      rng,
      plan,
      l3Target,
      phrases: PHRASES_BY_SITE[code],
      vars,
      channel,
      category: tpl.c,
      urgency,
      siteAdmin,
      levelTwo: rng.weighted(cast.levelTwo),
      helpDesk: rng.pick(cast.helpDesks),
      vendor: cast.vendor,
      moduleCoordinator: cast.moduleCoordinator,
      reporter: isWeb ? cast.reporter : null,
      fix: text(tpl.fix),
      tried: text(tpl.tried ?? tpl.fix),
      dossier,
      fixVersion: nextPatch(moduleVersion),
      moduleVersion,
      instanceUrl: site.instanceUrl,
      codeChangeUrl: `https://code.example.org/primero/${jiraKey.toLowerCase()}/-/merge_requests/${1200 + index}`,
    });

    // Oldest first; a request's own steps follow in order and end before the present.
    const createdAt = start + slot * (index + rng.between(0.1, 0.9));
    const wanted = actions.reduce((sum, action) => sum + action.gapHours, 0) * HOUR;
    const scale = wanted > 0 ? Math.min(1, (end - 10 * 60_000 - createdAt) / wanted) : 1;
    const creator = isWeb ? cast.reporter : siteAdmin;
    const source = demoSource({ channel, siteCode: code, index, createdAt });
    const followUp = demoFollowUp(seeded, { index, siteCode: code, channel, createdAt, isLevelOne: level === 1 });
    Object.assign(input, followUp);
    const request = await createRequest({ db, actor: creator, input, source, now: new Date(createdAt) });
    seeded.push({ input, siteCode: code, createdAt, isFollowUp: followUp !== null });
    let at = createdAt;
    for (const action of actions) {
      at += Math.max(1000, action.gapHours * HOUR * scale);
      await perform(db, request.id, action, new Date(at));
    }
    if ((index + 1) % 50 === 0 || index + 1 === total) log(`Seeding demo data: requests ${index + 1}/${total}…`);
  }
  await finishSlaSeed(db);
  await seedDemoCommunity({ db, log });
  await seedDemoArticles({ db, people, log });
  await seedDemoOffline({ db, log });
  await seedDemoNotices({
    db,
    settings: options.mailSettings ?? { publicUrl: undefined, port: 3000, secretKey: undefined },
    log,
  });
  await seedDemoReleases({ db, people, log });
  await seedDemoMailboxes({ db, log });
  log('Seeding demo data: done.');
}
