import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TSite } from '../../../shared/schemas.ts';
import { helpRequests, outboundEmails } from '../../db/schema/index.ts';
import { buildMime } from '../../test/build-mime.ts';
import { hasDovecot } from '../../test/dovecot.ts';
import { buildSite } from '../../test/factories.ts';
import { createInboundTestApp, type InboundTestApp } from '../../test/inbound-test-app.ts';
import { parseMime } from '../../test/parse-mime.ts';

let t: InboundTestApp;
let north: TSite;
let south: TSite;
let mailboxId: string;

const NORTH_ADDRESS = 'north-support@help.example.org';
const SOUTH_ADDRESS = 'south-support@help.example.org';

const requestBySummary = async (summary: string) =>
  (await t.db.select().from(helpRequests).where(eq(helpRequests.summary, summary)))[0];
const acknowledgementsOf = (requestId: string) =>
  t.db
    .select()
    .from(outboundEmails)
    .where(and(eq(outboundEmails.requestId, requestId), eq(outboundEmails.kind, 'acknowledgement')));

async function deliverAndPoll(raw: Buffer | string) {
  await t.imap.deliver(raw);
  return t.pollOnce(mailboxId);
}

/** A request mailed to `to`, then resolved and closed by staff. */
async function closedRequestSentTo(to: string, from: string, summary: string) {
  await deliverAndPoll(await buildMime({ from, to, subject: summary, text: 'Please help.' }));
  const request = await requestBySummary(summary);
  await t.db.update(helpRequests).set({ status: 'closed', closedAt: new Date() }).where(eq(helpRequests.id, request.id));
  return request;
}

describe.skipIf(!hasDovecot)('one shared mailbox, each site with its own intake settings', () => {
  beforeAll(async () => {
    t = await createInboundTestApp();
    north = await buildSite(t.db, { modules: ['cp'], sendsMailAcknowledgement: true, closedMailReplyAction: 'new_request' });
    south = await buildSite(t.db, { modules: ['cp'] });
    mailboxId = await t.addMailbox({
      siteId: null,
      siteRules: [
        { address: NORTH_ADDRESS, siteId: north.id },
        { address: SOUTH_ADDRESS, siteId: south.id },
      ],
    });
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('shows and changes the settings on the site, in the site admin API', async () => {
    const sites = (await t.admin.get('/api/sites')).json();
    expect(sites.find((site: TSite) => site.id === south.id)).toMatchObject({
      sendsMailAcknowledgement: false,
      closedMailReplyAction: 'reopen',
    });
    const refused = await t.admin.patch(`/api/sites/${south.id}`, { closedMailReplyAction: 'ignore' });
    expect(refused.statusCode).toBe(400);
    expect(JSON.stringify(refused.json())).toContain('closedMailReplyAction');
  });

  it('acknowledges a new request only at the site that asks for it', async () => {
    await deliverAndPoll(
      await buildMime({ from: 'amara@partner.example.net', to: NORTH_ADDRESS, subject: 'North: sync fails', text: 'Sync.' }),
    );
    await deliverAndPoll(
      await buildMime({ from: 'bola@partner.example.net', to: SOUTH_ADDRESS, subject: 'South: sync fails', text: 'Sync.' }),
    );
    const northRequest = await requestBySummary('North: sync fails');
    const southRequest = await requestBySummary('South: sync fails');
    expect(northRequest.siteId).toBe(north.id);
    expect(southRequest.siteId).toBe(south.id);
    expect(await acknowledgementsOf(northRequest.id)).toHaveLength(1);
    expect(await acknowledgementsOf(southRequest.id)).toHaveLength(0);

    await t.runMailJobs();
    const acks = t.sink.received.filter((mail) => mail.to.includes('amara@partner.example.net')).map((m) => parseMime(m.raw));
    expect(acks).toHaveLength(1);
    expect(acks[0].headers.get('auto-submitted')).toBe('auto-replied');
    expect(t.sink.received.filter((mail) => mail.to.includes('bola@partner.example.net'))).toHaveLength(0);
  });

  it('answers a reply to a closed request as the request’s own site says: a linked new request, or reopening', async () => {
    const northClosed = await closedRequestSentTo(NORTH_ADDRESS, 'chidi@partner.example.net', 'North: printer');
    const southClosed = await closedRequestSentTo(SOUTH_ADDRESS, 'dede@partner.example.net', 'South: printer');

    const northReply = await deliverAndPoll(
      await buildMime({
        from: 'chidi@partner.example.net',
        to: NORTH_ADDRESS,
        subject: `Re: [${northClosed.reference}] North: printer`,
        text: 'Broken again.',
      }),
    );
    // Sent to the other site's address, the reply still follows its request's site.
    const southReply = await deliverAndPoll(
      await buildMime({
        from: 'dede@partner.example.net',
        to: NORTH_ADDRESS,
        subject: `Re: [${southClosed.reference}] South: printer`,
        text: 'Broken again.',
      }),
    );
    expect(northReply.outcomes).toEqual(['follow_up_created']);
    expect(southReply.outcomes).toEqual(['reopened']);
    const [northAfter] = await t.db.select().from(helpRequests).where(eq(helpRequests.id, northClosed.id));
    const [southAfter] = await t.db.select().from(helpRequests).where(eq(helpRequests.id, southClosed.id));
    expect(northAfter.status).toBe('closed');
    expect(southAfter.status).toBe('in_progress');
  });
});
