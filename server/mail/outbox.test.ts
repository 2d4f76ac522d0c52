import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/constants.ts';
import type { TSite } from '../../shared/schemas.ts';
import { outboundEmails } from '../db/schema/index.ts';
import type { Actor } from '../policies/actor.ts';
import { buildRequest, buildSite, buildUser, buildVendorTeam, TEST_PASSWORD } from '../test/factories.ts';
import { runDueJobs } from '../test/run-due-jobs.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { mailJobHandlers } from './mail-job-handlers.ts';

let t: TestApp;
let site: TSite;
let staff: Actor;
let admin: Actor;

beforeAll(async () => {
  // No SMTP configured: the embedded default writes every mail to DATA_DIR/outbox.
  t = await createTestApp();
  site = await buildSite(t.db);
  staff = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
  admin = await buildUser(t.db, 'admin');
});
afterAll(() => t?.close());

const login = (user: Actor) => t.login(user.email, TEST_PASSWORD);

async function commentMail(body: string) {
  const reporter = await buildUser(t.db, 'reporter', { siteIds: [site.id] });
  const request = await buildRequest(t.db, reporter, { siteId: site.id });
  await (await login(staff)).post(`/api/requests/${request.id}/comments`, { body, internal: false });
  const [email] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.requestId, request.id));
  return { email, request, reporter };
}

describe('[MAIL]: outbox folder and outbox page', () => {
  it('writes each mail as an .eml file to the outbox folder when SMTP is not configured', async () => {
    const { email, request, reporter } = await commentMail('Restart the sync service.');
    await runDueJobs(t.db, mailJobHandlers({ db: t.db, config: t.config }));
    const folder = path.join(t.dataDir, 'outbox');
    const files = readdirSync(folder).filter((name) => name.includes(email.id));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const raw = readFileSync(path.join(folder, files[0]), 'utf8');
    expect(raw).toContain(`To: ${reporter.email}`);
    expect(raw).toMatch(/Message-ID: <event-\d+@support-hub\.local>/);
    expect(raw).toContain(`<request-${request.id}@support-hub.local>`);
    expect(raw).toContain('Auto-Submitted: auto-generated');
    expect(raw).toContain('Restart the sync service.');
    expect(readdirSync(folder).some((name) => name.endsWith('.partial'))).toBe(false);
    const [sent] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.id, email.id));
    expect(sent.status).toBe('sent');
  });

  it('lists mail newest first for admins, filters by status, shows one with its text', async () => {
    const { email: older } = await commentMail('Older mail');
    const { email: newer, request } = await commentMail('Newer mail');
    await t.db
      .update(outboundEmails)
      .set({ status: 'failed', lastError: '550 5.1.1 No such user' })
      .where(eq(outboundEmails.id, older.id));
    const client = await login(admin);

    const all = (await client.get('/api/outbox?limit=100')).json();
    const ids = all.items.map((item: { id: string }) => item.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(all.items.find((item: { id: string }) => item.id === newer.id)).toMatchObject({
      kind: 'request_comment',
      status: 'queued',
      requestReference: request.reference,
    });

    const failed = (await client.get('/api/outbox?status=failed')).json();
    expect(failed.items.map((item: { id: string }) => item.id)).toEqual([older.id]);
    expect(failed.items[0].lastError).toBe('550 5.1.1 No such user');

    const page = (await client.get('/api/outbox?limit=1')).json();
    expect(page.items).toHaveLength(1);
    const next = (await client.get(`/api/outbox?limit=1&cursor=${page.nextCursor}`)).json();
    expect(next.items[0].id).not.toBe(page.items[0].id);
    expect((await client.get('/api/outbox?cursor=garbage')).statusCode).toBe(422);

    const one = (await client.get(`/api/outbox/${newer.id}`)).json();
    expect(one.text).toContain('Newer mail');
    expect(one.messageId).toMatch(/^<event-\d+@support-hub\.local>$/);
    expect((await client.get('/api/outbox/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await client.post(`/api/outbox/${newer.id}/retry`)).statusCode).toBe(409);
  });

  it('is for admins only', async () => {
    const { email } = await commentMail('Private mail');
    const team = await buildVendorTeam(t.db, ['mrm']);
    const roles: Role[] = ['reporter', 'site_admin', 'coordinator', 'help_desk', 'module_coordinator', 'vendor'];
    for (const role of roles) {
      const client = await login(
        await buildUser(t.db, role, { siteIds: [site.id], vendorTeamId: role === 'vendor' ? team.id : null }),
      );
      expect((await client.get('/api/outbox')).statusCode, role).toBe(403);
      expect((await client.get(`/api/outbox/${email.id}`)).statusCode, role).toBe(403);
      expect((await client.post(`/api/outbox/${email.id}/retry`)).statusCode, role).toBe(403);
      expect((await client.get('/api/me')).json().abilities.viewOutbox, role).toBe(false);
    }
    expect((await t.anonymous().get('/api/outbox')).statusCode).toBe(401);
    expect((await (await login(admin)).get('/api/me')).json().abilities.viewOutbox).toBe(true);
  });
});
