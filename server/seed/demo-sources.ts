import type { Channel } from '../../shared/constants.ts';
import type { TCreateHelpRequest, THelpRequest, TRequestSource } from '../../shared/schemas.ts';
import type { Database } from '../db/client.ts';
import type { Actor } from '../policies/actor.ts';
import { createRequest } from '../requests/create-request.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Where a demo request came from, by its channel: spreadsheet rows name the site's monthly register
 * file and the row, e-mails the site's mailbox, and a third of phone and walk-in logs were typed on
 * a tablet offline. Derived from the index (no random draws), so the rest of the demo stays as it was.
 */
export function demoSource(options: { channel: Channel; siteCode: string; index: number; createdAt: number }): TRequestSource {
  const { channel, index } = options;
  const code = options.siteCode.toLowerCase();
  const date = new Date(options.createdAt);
  if (channel === 'spreadsheet') {
    return {
      via: 'spreadsheet',
      fileName: `${code}-help-register-${MONTHS[date.getUTCMonth()]}-${date.getUTCFullYear()}.xlsx`,
      row: 2 + (index % 37),
      importId: `demo-import-${code}-${date.getUTCMonth() + 1}`,
    };
  }
  if (channel === 'email') {
    return { via: 'email', mailboxId: `${code}-support`, messageId: `<demo-${index}@mail.${code}.example.org>` };
  }
  if ((channel === 'phone' || channel === 'walk_in') && index % 3 === 0) {
    return { via: 'offline', device: `${options.siteCode} field tablet ${1 + (index % 4)}` };
  }
  return { via: 'web' };
}

/** The channel the same person used the second time, and the source that goes with it. */
const FOLLOW_UP: Partial<Record<Channel, Channel>> = {
  phone: 'spreadsheet',
  spreadsheet: 'email',
  email: 'phone',
  walk_in: 'email',
};
const FOLLOW_UP_WORDING = ['(called again) ', '(follow-up) ', '', 'Still: '];

export type SeededRequest = {
  request: THelpRequest;
  input: TCreateHelpRequest;
  creator: Actor;
  createdAt: number;
  index: number;
};

/**
 * A few people who reported the same problem twice through two channels within two days, so the
 * consolidated view has possible duplicates to review (found by the `duplicates.detect` jobs).
 */
export async function seedDemoDuplicates(db: Database, seeded: SeededRequest[], log: (line: string) => void) {
  const eligible = seeded.filter(
    (entry) =>
      entry.input.reporterContact && FOLLOW_UP[entry.input.channel as Channel] && entry.createdAt < Date.now() - 3 * 86_400_000,
  );
  const chosen = eligible.filter((_, position) => position % Math.max(1, Math.floor(eligible.length / 6)) === 0).slice(0, 6);
  for (const [position, entry] of chosen.entries()) {
    const channel = FOLLOW_UP[entry.input.channel as Channel] as Channel;
    const createdAt = entry.createdAt + (6 + position * 7) * 3_600_000;
    const index = 10_000 + entry.index;
    await createRequest({
      db,
      actor: entry.creator,
      input: {
        ...entry.input,
        channel,
        summary: `${FOLLOW_UP_WORDING[position % FOLLOW_UP_WORDING.length]}${entry.input.summary}`,
      },
      source: demoSource({ channel, siteCode: entry.request.siteCode, index, createdAt }),
      now: new Date(createdAt),
    });
  }
  log(`Seeding demo data: ${chosen.length} requests reported twice through two channels.`);
}
