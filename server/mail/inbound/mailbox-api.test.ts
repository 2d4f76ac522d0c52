import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxes } from '../../db/schema/index.ts';
import { hasDovecot } from '../../test/dovecot.ts';
import { buildSite, buildUser, buildVendorTeam } from '../../test/factories.ts';
import { createInboundTestApp, type InboundTestApp } from '../../test/inbound-test-app.ts';

let t: InboundTestApp;

describe.skipIf(!hasDovecot)('mailbox admin API', () => {
  beforeAll(async () => {
    t = await createInboundTestApp();
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('only platform admins list, add, change, remove and test mailboxes', async () => {
    const site = await buildSite(t.db);
    const id = await t.addMailbox({ siteId: site.id });
    const team = await buildVendorTeam(t.db);
    for (const role of ['site_admin', 'coordinator', 'help_desk', 'reporter', 'vendor', 'module_coordinator'] as const) {
      const user = await buildUser(t.db, role, { siteIds: [site.id], vendorTeamId: role === 'vendor' ? team.id : null });
      const client = await t.login(user.email, user.password);
      expect((await client.get('/api/mailboxes')).statusCode, role).toBe(403);
      expect((await client.post('/api/mailboxes', { name: 'x', host: 'h', port: 993, username: 'u' })).statusCode, role).toBe(
        403,
      );
      expect((await client.patch(`/api/mailboxes/${id}`, { name: 'mine' })).statusCode, role).toBe(403);
      expect((await client.request({ method: 'DELETE', url: `/api/mailboxes/${id}` })).statusCode, role).toBe(403);
      expect(
        (
          await client.post('/api/mailboxes/test-connection', {
            host: '127.0.0.1',
            port: t.imap.port,
            username: 'u',
            password: 'p',
          })
        ).statusCode,
        role,
      ).toBe(403);
    }
    expect((await t.anonymous().get('/api/mailboxes')).statusCode).toBe(401);
    expect((await t.admin.get('/api/mailboxes')).json().items.map((box: { id: string }) => box.id)).toContain(id);
  }, 90_000);

  it('stores the password encrypted and never sends it back, only whether one is set', async () => {
    const response = await t.admin.post('/api/mailboxes', {
      name: 'Shared intake',
      host: 'imap.example.org',
      port: 993,
      username: 'intake@example.org',
      password: 'secret-imap-password',
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      hasPassword: true,
      security: 'tls',
      folder: 'INBOX',
    });
    // Acknowledgement and replies to closed requests are the site's settings now, not the mailbox's.
    expect(created).not.toHaveProperty('sendsAcknowledgement');
    expect(created).not.toHaveProperty('closedReplyAction');
    expect(JSON.stringify(created)).not.toContain('secret-imap-password');
    expect(JSON.stringify((await t.admin.get('/api/mailboxes')).json())).not.toContain('secret-imap-password');
    const [row] = await t.db.select().from(mailboxes).where(eq(mailboxes.id, created.id));
    expect(row.passwordEncrypted).toMatch(/^v1\./);
    expect(row.passwordEncrypted).not.toContain('secret-imap-password');
    // A change without a password keeps the stored one.
    const renamed = await t.admin.patch(`/api/mailboxes/${created.id}`, { name: 'Renamed' });
    expect(renamed.json()).toMatchObject({ name: 'Renamed', hasPassword: true, host: 'imap.example.org' });
    const [after] = await t.db.select().from(mailboxes).where(eq(mailboxes.id, created.id));
    expect(after.passwordEncrypted).toBe(row.passwordEncrypted);
    expect((await t.admin.request({ method: 'DELETE', url: `/api/mailboxes/${created.id}` })).statusCode).toBe(204);
    expect((await t.admin.patch(`/api/mailboxes/${created.id}`, { name: 'gone' })).statusCode).toBe(404);
  });

  it('refuses bad settings with one error per field', async () => {
    const response = await t.admin.post('/api/mailboxes', {
      name: '',
      host: 'bad host!',
      port: 70000,
      username: 'u',
      siteRules: [{ address: 'not-an-address', siteId: '5f1c7a52-9a0e-4a55-8a1d-3f1f2a9b6c01' }],
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'host', 'port', 'siteRules.0.address']));
    const unknownSite = await t.admin.post('/api/mailboxes', {
      name: 'Rules',
      host: 'imap.example.org',
      port: 993,
      username: 'u',
      siteRules: [{ address: 'sle@example.org', siteId: '5f1c7a52-9a0e-4a55-8a1d-3f1f2a9b6c01' }],
    });
    expect(unknownSite.statusCode).toBe(422);
    expect(unknownSite.json().errors).toEqual([{ field: 'siteRules.0.siteId', message: 'is not a site' }]);
  });

  it('"test connection" says exactly what is wrong: password, port, TLS, folder, host name', async () => {
    const base = { host: '127.0.0.1', port: t.imap.port, security: 'none', username: t.imap.user, password: t.imap.password };
    const test = async (overrides: Record<string, unknown>) =>
      (await t.admin.post('/api/mailboxes/test-connection', { ...base, ...overrides })).json();
    expect(await test({})).toMatchObject({ isOk: true, code: null, messageCount: 0 });
    expect(await test({ password: 'wrong-password' })).toMatchObject({ isOk: false, code: 'auth' });
    const closedPort = t.imap.port === 1 ? 2 : 1;
    expect(await test({ port: closedPort })).toMatchObject({
      isOk: false,
      code: 'refused',
      message: expect.stringContaining(`127.0.0.1:${closedPort}`),
    });
    expect(await test({ security: 'tls' })).toMatchObject({ isOk: false, code: 'tls' });
    expect(await test({ folder: 'Requests' })).toMatchObject({
      isOk: false,
      code: 'folder',
      message: expect.stringContaining('Requests'),
    });
    expect(await test({ host: 'imap.does-not-exist.invalid' })).toMatchObject({ isOk: false, code: 'dns' });
  });

  it('tests a saved mailbox with its stored password', async () => {
    const id = await t.addMailbox();
    const { password: _password, ...withoutPassword } = {
      host: '127.0.0.1',
      port: t.imap.port,
      security: 'none',
      username: t.imap.user,
      password: '',
    };
    const response = await t.admin.post('/api/mailboxes/test-connection', { ...withoutPassword, mailboxId: id });
    expect(response.json()).toMatchObject({ isOk: true });
    const missing = await t.admin.post('/api/mailboxes/test-connection', withoutPassword);
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors).toEqual([{ field: 'password', message: 'is required' }]);
  });
});
