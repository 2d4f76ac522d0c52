import { type Category, type L3State, type Status, URGENCIES, type Urgency } from '../../shared/constants.ts';
import type { TDossier, TUpdateHelpRequest } from '../../shared/schemas.ts';
import type { Actor } from '../policies/actor.ts';
import { type Phrases, VENDOR_PHRASES } from './demo-phrases.ts';
import { fill, type Rng } from './demo-random.ts';

/**
 * The life of one demo request after it is created, as a list of actions by the people allowed to
 * take them (see server/policies/request-policy.ts and STATUS_TRANSITIONS). The seed runs them
 * through the real services, so each request gets a consistent timeline.
 */
export type PlanKind =
  | 'l1_new'
  | 'l1_in_progress'
  | 'l1_waiting'
  | 'l1_resolved'
  | 'l1_closed'
  | 'l1_reopened'
  | 'l1_duplicate'
  | 'l2_escalated'
  | 'l2_in_progress'
  | 'l2_waiting'
  | 'l2_resolved'
  | 'l2_closed'
  | 'l2_after_l3'
  | 'l3';

/** Twenty plans: half end at level 1, 30 % at level 2, 20 % at level 3; every status appears. */
export const PLAN_BLOCK: readonly PlanKind[] = [
  'l1_new',
  'l1_new',
  'l1_in_progress',
  'l1_waiting',
  'l1_resolved',
  'l1_resolved',
  'l1_closed',
  'l1_closed',
  'l1_reopened',
  'l1_duplicate',
  'l2_escalated',
  'l2_in_progress',
  'l2_waiting',
  'l2_resolved',
  'l2_closed',
  'l2_after_l3',
  'l3',
  'l3',
  'l3',
  'l3',
];

/** How recent a plan's request should be: 1 = just arrived, 0 = long finished. */
export function freshness(plan: PlanKind, l3Target: L3State): number {
  if (plan === 'l1_new' || plan === 'l2_escalated' || (plan === 'l3' && l3Target === 'new')) return 0.9;
  if (['l1_in_progress', 'l1_waiting', 'l1_reopened', 'l2_in_progress', 'l2_waiting'].includes(plan)) return 0.5;
  if (plan === 'l3' && l3Target !== 'released') return 0.5;
  return 0;
}

export type Action = { gapHours: number } & (
  | { kind: 'comment'; actor: Actor; body: string; internal: boolean }
  | { kind: 'update'; actor: Actor; input: TUpdateHelpRequest }
  | { kind: 'escalate'; actor: Actor; input: { toLevel: 1 | 2 | 3; reason: string; tried: string; dossier?: TDossier } }
);

export type Story = {
  rng: Rng;
  plan: PlanKind;
  l3Target: L3State;
  phrases: Phrases;
  /** Placeholder values for the phrases ({district}, {agency}, {name}). */
  vars: Record<string, string | number>;
  channel: string;
  category: Category;
  urgency: Urgency;
  /** The site admin working the request at level 1. */
  siteAdmin: Actor;
  /** The coordinator or help-desk agent working it at level 2. */
  levelTwo: Actor;
  helpDesk: Actor;
  vendor: Actor;
  moduleCoordinator: Actor | null;
  /** The reporter's account when they filed it themselves; otherwise the site admin relays them. */
  reporter: Actor | null;
  fix: string;
  tried: string;
  dossier: TDossier;
  fixVersion: string;
  codeChangeUrl: string;
  instanceUrl: string;
  moduleVersion: string;
};

export function buildStory(story: Story): Action[] {
  const { rng, phrases: p, siteAdmin: admin, levelTwo: l2 } = story;
  const actions: Action[] = [];
  const say = (text: string) => fill(text, story.vars);
  const one = (texts: string[]) => say(rng.pick(texts));
  const gap = (min: number, max: number) => rng.between(min, max);
  const comment = (hours: number, actor: Actor, body: string, internal = false) =>
    actions.push({ kind: 'comment', gapHours: hours, actor, body, internal });
  const update = (hours: number, actor: Actor, input: TUpdateHelpRequest) =>
    actions.push({ kind: 'update', gapHours: hours, actor, input });
  const status = (hours: number, actor: Actor, to: Status, extra: TUpdateHelpRequest = {}) =>
    update(hours, actor, { status: to, ...extra });

  /** The reporter speaks: in person when they have an account, relayed by the site admin otherwise. */
  const requester = (hours: number, own: string[], relayed: string[]) => {
    if (story.reporter) comment(hours, story.reporter, one(own));
    else comment(hours, admin, one(relayed));
  };
  const resolve = (hours: number, actor: Actor, summary: string) =>
    status(hours, actor, 'resolved', { resolutionSummary: summary });

  // Error messages and devices matter for faults; for the rest the site admin asks for particulars.
  const isFault = ['bug', 'sync', 'performance'].includes(story.category);
  const askReporter = () => (isFault ? one(p.askInfo) : say(p.askDetails));
  const siteNote = () => say(p.siteNote[story.category === 'access' ? 0 : 1]);
  const wasBroken = isFault || story.category === 'access';
  const thank = (hours: number) => {
    if (wasBroken) requester(hours, p.thanks, p.relayedThanks);
    else requester(hours, [p.satisfied], [p.relayedSatisfied]);
  };
  const levelOneStart = (ask: boolean) => {
    update(gap(0.3, 8), admin, { assigneeId: admin.id, status: 'in_progress' });
    comment(gap(0.05, 1), admin, ask ? askReporter() : one(p.ack));
    if (ask) {
      if (isFault) requester(gap(2, 30), p.reporterReply, p.relayedReply);
      else requester(gap(2, 30), [p.detailsReply], [p.relayedDetailsReply]);
    }
  };
  const levelOneResolve = (thanks: boolean) => {
    const quick = (story.channel === 'phone' || story.channel === 'walk_in') && rng.chance(0.5);
    if (quick) {
      update(gap(0.1, 1), admin, { assigneeId: admin.id, status: 'resolved', resolutionSummary: story.fix });
      return;
    }
    levelOneStart(rng.chance(0.5));
    if (rng.chance(0.3)) comment(gap(0.1, 2), admin, siteNote(), true);
    resolve(gap(1, 24), admin, story.fix);
    if (thanks) thank(gap(1, 20));
  };
  const toLevelTwo = () => {
    levelOneStart(rng.chance(0.6));
    if (rng.chance(0.4)) comment(gap(0.5, 6), admin, siteNote(), true);
    actions.push({
      kind: 'escalate',
      gapHours: gap(2, 36),
      actor: admin,
      input: { toLevel: 2, reason: one(p.escalate12), tried: story.tried },
    });
  };
  const levelTwoWork = () => {
    update(gap(1, 20), l2, { assigneeId: l2.id, status: 'in_progress' });
    if (rng.chance(0.6)) {
      const pair = rng.int(0, p.l2Ask.length - 1);
      comment(gap(0.1, 2), l2, say(p.l2Ask[pair]));
      comment(gap(1, 24), admin, say(p.siteAdminAnswer[pair]));
    } else {
      comment(gap(0.1, 2), l2, one(p.l2Ack));
    }
    if (rng.chance(0.5)) comment(gap(0.5, 8), l2, one(p.l2Note), true);
  };
  const raiseUrgency = (actor: Actor) => {
    const rank = URGENCIES.indexOf(story.urgency);
    if (rank > 0) update(gap(0.5, 6), actor, { urgency: URGENCIES[rank - 1], reason: say(p.urgencyRaised) });
  };
  const toLevelThree = () => {
    toLevelTwo();
    levelTwoWork();
    if (story.moduleCoordinator && rng.chance(0.4)) {
      comment(
        gap(1, 24),
        story.moduleCoordinator,
        'Seen at other sites too; worth a patch rather than a local workaround.',
        true,
      );
    }
    actions.push({
      kind: 'escalate',
      gapHours: gap(2, 48),
      actor: l2,
      input: { toLevel: 3, reason: one(p.escalate23), tried: say(p.l2Tried), dossier: story.dossier },
    });
    comment(gap(0.05, 1), l2, one(p.toDevelopers));
  };
  const vendorVars = {
    moduleVersion: story.moduleVersion,
    url: story.codeChangeUrl,
    version: story.fixVersion,
    instance: story.instanceUrl,
  };
  const vendorSays = (hours: number, text: string) => comment(hours, story.vendor, fill(text, vendorVars));
  const vendorWork = (target: L3State, question: boolean) => {
    const reach = ['new', 'triaged', 'in_progress', 'fix_ready', 'released'].indexOf(target);
    if (reach >= 1) {
      update(gap(4, 72), story.vendor, { l3State: 'triaged' });
      vendorSays(gap(0.05, 1), rng.pick(VENDOR_PHRASES.triaged));
      if (question) {
        vendorSays(gap(0.1, 4), VENDOR_PHRASES.question);
        status(gap(1, 12), l2, 'waiting_on_reporter');
        comment(gap(0.05, 1), l2, say(p.vendorQuestionRelay));
        if (reach >= 2) {
          comment(gap(2, 48), admin, say(p.siteAdminAnswer[1]));
          status(gap(0.5, 6), l2, 'in_progress');
        }
      }
    }
    if (reach >= 2) {
      update(gap(12, 120), story.vendor, { l3State: 'in_progress' });
      vendorSays(gap(0.05, 1), rng.pick(VENDOR_PHRASES.working));
      update(gap(0.5, 12), l2, { assigneeId: l2.id, status: 'in_progress' });
    }
    if (reach >= 3) {
      update(gap(24, 200), story.vendor, { l3State: 'fix_ready', codeChangeUrl: story.codeChangeUrl });
      vendorSays(gap(0.05, 1), VENDOR_PHRASES.fixReady);
      comment(gap(1, 24), l2, say(p.testOnStaging));
      status(gap(0.05, 1), l2, 'waiting_on_reporter');
    }
    if (reach >= 4) {
      comment(gap(4, 72), admin, say(p.testedOk));
      update(gap(24, 168), story.vendor, { l3State: 'released', fixVersion: story.fixVersion });
      vendorSays(gap(0.05, 1), VENDOR_PHRASES.released);
    }
  };
  const resolvedAfterFix = () => `${story.fix} ${fill(p.fixedIn, { version: story.fixVersion })}`;

  switch (story.plan) {
    case 'l1_new':
      if (rng.chance(0.35)) update(gap(0.2, 6), admin, { assigneeId: admin.id });
      else if (rng.chance(0.4)) comment(gap(0.2, 6), admin, siteNote(), true);
      break;
    case 'l1_in_progress':
      levelOneStart(rng.chance(0.5));
      if (rng.chance(0.3)) comment(gap(0.5, 12), admin, siteNote(), true);
      break;
    case 'l1_waiting':
      if (rng.chance(0.5)) {
        update(gap(0.3, 8), admin, { assigneeId: admin.id, status: 'waiting_on_reporter' });
        comment(gap(0.05, 0.5), admin, askReporter());
      } else {
        levelOneStart(false);
        comment(gap(1, 24), admin, askReporter());
        status(gap(0.05, 0.5), admin, 'waiting_on_reporter');
      }
      break;
    case 'l1_resolved':
      levelOneResolve(rng.chance(0.5));
      break;
    case 'l1_closed':
      levelOneResolve(false);
      if (story.reporter) {
        thank(gap(2, 48));
        status(gap(0.05, 1), story.reporter, 'closed');
      } else {
        status(gap(24, 96), admin, 'closed', { reason: say(p.closeConfirmed) });
      }
      break;
    case 'l1_reopened':
      levelOneStart(rng.chance(0.5));
      resolve(gap(1, 24), admin, story.fix);
      requester(gap(24, 96), p.stillBroken, p.relayedStillBroken);
      status(gap(0.1, 4), story.reporter ?? admin, 'in_progress', { reason: say(p.reopenReason) });
      comment(gap(0.5, 8), admin, one(p.lookingAgain));
      break;
    case 'l1_duplicate':
      status(gap(0.5, 24), admin, 'closed', { reason: say(p.duplicate) });
      break;
    case 'l2_escalated':
      toLevelTwo();
      if (rng.chance(0.4)) raiseUrgency(story.helpDesk);
      break;
    case 'l2_in_progress':
      toLevelTwo();
      levelTwoWork();
      break;
    case 'l2_waiting':
      toLevelTwo();
      update(gap(1, 20), l2, { assigneeId: l2.id, status: 'in_progress' });
      comment(gap(0.1, 2), l2, one(p.l2Ask));
      status(gap(0.05, 0.5), l2, 'waiting_on_reporter');
      break;
    case 'l2_resolved':
    case 'l2_closed':
      toLevelTwo();
      if (rng.chance(0.3)) raiseUrgency(story.helpDesk);
      levelTwoWork();
      resolve(gap(4, 96), l2, story.fix);
      if (rng.chance(0.4)) thank(gap(1, 24));
      if (story.plan === 'l2_closed') status(gap(24, 120), l2, 'closed', { reason: say(p.closeConfirmed) });
      break;
    case 'l2_after_l3':
      toLevelThree();
      vendorWork('released', false);
      actions.push({
        kind: 'escalate',
        gapHours: gap(2, 48),
        actor: story.helpDesk,
        input: { toLevel: 2, reason: say(p.deEscalate), tried: '' },
      });
      update(gap(0.5, 12), l2, { assigneeId: l2.id });
      comment(gap(0.05, 2), l2, say(p.backFromDevelopers));
      resolve(gap(12, 96), l2, resolvedAfterFix());
      if (rng.chance(0.5)) status(gap(24, 120), l2, 'closed', { reason: say(p.closeConfirmed) });
      break;
    case 'l3': {
      toLevelThree();
      const question = story.l3Target === 'triaged' ? rng.chance(0.5) : rng.chance(0.2);
      vendorWork(story.l3Target, question);
      if (story.l3Target === 'released') {
        resolve(gap(2, 48), l2, resolvedAfterFix());
        if (rng.chance(0.5)) status(gap(24, 120), l2, 'closed', { reason: say(p.closeConfirmed) });
      }
      break;
    }
  }
  return actions;
}
