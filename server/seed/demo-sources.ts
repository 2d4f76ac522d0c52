import type { Channel } from '../../shared/constants.ts';
import type { TCreateHelpRequest, TRequestSource } from '../../shared/schemas.ts';

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

const FOLLOW_UP_WORDING = ['(called again) ', '(follow-up) ', 'Still: ', ''];

export type SeededRequest = { input: TCreateHelpRequest; siteCode: string; createdAt: number; isFollowUp: boolean };

/**
 * About one request in thirty (at level 1, not from the web form), the same person reports again
 * a problem they reported through another channel in the last four days: the consolidated view then has possible
 * duplicates to review (found by the `duplicates.detect` jobs). Answers the fields to take over, or null.
 */
export function demoFollowUp(
  seeded: SeededRequest[],
  next: { index: number; siteCode: string; channel: Channel; createdAt: number; isLevelOne: boolean },
): Pick<TCreateHelpRequest, 'reporterName' | 'reporterContact' | 'summary' | 'description' | 'category'> | null {
  const followUps = seeded.filter((entry) => entry.isFollowUp).length;
  if (!next.isLevelOne || next.channel === 'web' || followUps >= Math.floor((next.index + 10) / 30)) return null;
  const earlier = seeded.findLast(
    (entry) =>
      entry.siteCode === next.siteCode &&
      entry.input.reporterContact &&
      entry.input.channel !== next.channel &&
      !entry.isFollowUp &&
      next.createdAt - entry.createdAt < 4 * 86_400_000,
  );
  if (!earlier) return null;
  const wording = FOLLOW_UP_WORDING[followUps % FOLLOW_UP_WORDING.length];
  return {
    reporterName: earlier.input.reporterName,
    reporterContact: earlier.input.reporterContact,
    summary: `${wording}${earlier.input.summary}`.slice(0, 200),
    description: earlier.input.description,
    category: earlier.input.category,
  };
}
