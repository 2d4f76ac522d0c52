import { findSensitiveData, redactSensitiveData } from '../../shared/sensitive-data.ts';
import type { DbOrTx } from '../db/client.ts';
import { appendEvents } from '../requests/timeline.ts';
import { staffEmailDomains } from '../users/staff-email-domains.ts';

/**
 * The community copy of a Jira comment: like every public comment leaving a request for the
 * community, likely case data is removed (the request keeps the original), recorded by kind only.
 */
export async function redactForTopic(tx: DbOrTx, options: { requestId: string; topicId: string; body: string; now: Date }) {
  const findings = findSensitiveData(options.body, { staffEmailDomains: await staffEmailDomains(tx) });
  if (findings.length === 0) return options.body;
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  await appendEvents(
    tx,
    [
      {
        requestId: options.requestId,
        type: 'redacted',
        actorId: null,
        data: { target: 'community_reply', topicId: options.topicId, kinds: Object.keys(counts).sort(), counts },
      },
    ],
    options.now,
  );
  return redactSensitiveData(options.body, findings);
}
