import { AR, ES, FR, PT } from './demo-phrases-intl.ts';

/**
 * What people write in the timeline while a request moves, per site language. Placeholders:
 * {name} (the person who phoned or walked in), {version} (a fix version), {agency}, {district}.
 */
export type Phrases = {
  ack: string[];
  askInfo: string[];
  reporterReply: string[];
  relayedReply: string[];
  askDetails: string;
  detailsReply: string;
  relayedDetailsReply: string;
  thanks: string[];
  relayedThanks: string[];
  /** Thanks for advice, training or a change (nothing was broken). */
  satisfied: string;
  relayedSatisfied: string;
  stillBroken: string[];
  relayedStillBroken: string[];
  reopenReason: string;
  lookingAgain: string[];
  closeConfirmed: string;
  duplicate: string;
  /** Internal notes by the site admin: the first about an access procedure, the second for anything. */
  siteNote: string[];
  escalate12: string[];
  l2Ack: string[];
  /** Paired by position with `siteAdminAnswer`; the second pair is about affected roles. */
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
  askInfo: [
    'Can you tell me the exact error message and which device or browser you use?',
    'Does this happen for everybody in the office or only for you? A screenshot without case details would help.',
  ],
  reporterReply: [
    'It happens every time on the office tablet, since yesterday morning.',
    'Only on my account, colleagues are fine. Message: "Something went wrong".',
  ],
  relayedReply: [
    'Called {name}: it happens on the office tablet since yesterday.',
    'Spoke to {name} again; two colleagues have the same problem.',
  ],
  askDetails: 'Could you send me the details I need (office, user names, dates)? No case details, please.',
  detailsReply: 'Sent you the list by e-mail this morning.',
  relayedDetailsReply: '{name} sent the details by e-mail.',
  thanks: ['It works now, thank you!', 'Confirmed, all good on my side.'],
  relayedThanks: ['{name} confirmed by phone that it works now.', 'Checked with {name} during the visit: solved.'],
  satisfied: 'Thank you, that is what we needed.',
  relayedSatisfied: '{name} called to say thank you; nothing more needed.',
  stillBroken: ['Sorry, the problem came back this morning.', 'It worked for a day but now it is the same again.'],
  relayedStillBroken: ['{name} called back: the problem is back.'],
  reopenReason: 'The reporter says the problem came back',
  lookingAgain: ['Reopened; looking again and checking the logs for this morning.'],
  closeConfirmed: 'Confirmed with the reporter; closing',
  duplicate: 'Duplicate of a request already logged for the same problem; closing this one',
  siteNote: [
    'Checked with the supervisor before resetting, as per the access procedure.',
    'Same problem seen last month at another office; see the related request.',
  ],
  escalate12: [
    'I cannot change this with site admin rights; it needs the technical team.',
    'Tried the usual fixes without success; needs deeper system knowledge.',
  ],
  l2Ack: ['I have taken this one and am checking the server logs and configuration.', 'Picking this up; I will update you here.'],
  l2Ask: [
    'Could you send the time it last happened and the user name concerned (no case details please)?',
    'Which roles are affected? Does it also happen on the training instance?',
  ],
  siteAdminAnswer: [
    'Last seen at about 10:00 today, for {worker} and one colleague.',
    'Every user with that role in {district}; yes, same on the training instance.',
  ],
  l2Note: [
    'Possibly linked to the configuration change deployed last week.',
    'Log shows a timeout in the background job; probably needs the developers.',
  ],
  escalate23: [
    'Reproduced on the training instance; needs a code change.',
    'Not a configuration problem: the server errors point to a defect in the application.',
  ],
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

export const PHRASES_BY_SITE: Record<string, Phrases> = { SLE: EN, SSD: EN, JOR: AR, COD: FR, COL: ES, MOZ: PT };

/** What developers write; vendor teams work in English. */
export const VENDOR_PHRASES = {
  triaged: [
    'Triaged: reproduced on {moduleVersion} with the steps in the dossier. Planned for the next patch release.',
    'Thanks for the clear dossier. Confirmed as a defect; added to the current sprint.',
  ],
  question:
    'Could the site confirm whether this happens for every user or only for some roles? One timestamp of an occurrence would help us find it in the logs.',
  working: [
    'Root cause found; working on the fix and a regression test.',
    'Fix in progress. No workaround on the server side for now.',
  ],
  fixReady: 'Fix merged ({url}) and deployed to the staging server for the site to test.',
  released: 'Released in {version} and deployed to {instance} during the maintenance window.',
};

export const DOSSIER_EXTRAS = {
  /** Browser and operating system as pairs; the first is the project tablets. */
  platforms: [
    { browser: 'Chrome 124 on Android 11', os: 'Android 11, Samsung Galaxy Tab A7 (project tablets)' },
    { browser: 'Chrome 125', os: 'Windows 10 Pro (office desktops)' },
    { browser: 'Firefox 115 ESR', os: 'Windows 10 Pro (office desktops)' },
    { browser: 'Edge 124', os: 'Windows 11 (laptops)' },
  ],
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
