import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, buildUser, TEST_PASSWORD } from '../test/factories.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { MAX_FAILURES_PER_EMAIL } from './login.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('[AUTH]: sessions, CSRF and passwords', () => {
  it('signs in with a session cookie and CSRF token, and /api/me answers with abilities', async () => {
    const site = await buildSite(t.db);
    const user = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'sh_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const body = response.json();
    expect(body.user.email).toBe(user.email);
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(body.abilities.logPhoneRequest).toBe(true);
    expect(body.abilities.manageUsers).toBe(false);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `sh_session=${cookie?.value}` } });
    expect(me.json().user.id).toBe(user.id);
  });

  it('answers 401 problem+json for a wrong password and for no session', async () => {
    const user = await buildUser(t.db, 'help_desk');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.cookies).toHaveLength(0);
    const me = await t.anonymous().get('/api/me');
    expect(me.statusCode).toBe(401);
  });

  it('refuses writes without the CSRF header even with a valid cookie', async () => {
    const site = await buildSite(t.db);
    const user = await buildUser(t.db, 'site_admin', { siteIds: [site.id] });
    const client = await t.login(user.email, user.password);
    const payload = { siteId: site.id, module: 'cp', channel: 'phone', summary: 'x', category: 'access', urgency: 'low' };
    const withoutToken = await client.request({ method: 'POST', url: '/api/requests', payload, headers: { 'x-csrf-token': '' } });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().detail).toMatch(/CSRF/);
    const withToken = await client.post('/api/requests', payload);
    expect(withToken.statusCode).toBe(201);
  });

  it('rate-limits repeated failures for one e-mail with 429 and Retry-After, even with the right password', async () => {
    const user = await buildUser(t.db, 'reporter');
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: 'wrong-password' },
      });
      expect(response.statusCode).toBe(401);
    }
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('logs out: the session no longer works', async () => {
    const user = await buildUser(t.db, 'help_desk');
    const client = await t.login(user.email, user.password);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });

  it('changes the password: the old one stops working, other sessions end, a wrong current password is a field error', async () => {
    const user = await buildUser(t.db, 'coordinator');
    const first = await t.login(user.email, user.password);
    const second = await t.login(user.email, user.password);
    const wrong = await first.post('/api/auth/password', {
      currentPassword: 'not-it-at-all',
      newPassword: 'a-new-long-password',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([{ field: 'currentPassword', message: 'is wrong' }]);
    const short = await first.post('/api/auth/password', { currentPassword: user.password, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('newPassword');
    expect(
      (await first.post('/api/auth/password', { currentPassword: user.password, newPassword: 'a-new-long-password' })).statusCode,
    ).toBe(204);
    expect((await first.get('/api/me')).statusCode).toBe(200);
    expect((await second.get('/api/me')).statusCode).toBe(401);
    await expect(t.login(user.email, user.password)).rejects.toThrow(/401/);
    await expect(t.login(user.email, 'a-new-long-password')).resolves.toBeTruthy();
  });

  it('lets an admin issue a temporary password that must be changed', async () => {
    const admin = await buildUser(t.db, 'admin');
    const user = await buildUser(t.db, 'site_admin');
    const adminClient = await t.login(admin.email, admin.password);
    const userClient = await t.login(user.email, user.password);
    const reset = await adminClient.post(`/api/users/${user.id}/password-reset`);
    expect(reset.statusCode).toBe(200);
    const { temporaryPassword } = reset.json();
    expect((await userClient.get('/api/me')).statusCode).toBe(401);
    const relogged = await t.login(user.email, temporaryPassword);
    expect((await relogged.get('/api/me')).json().user.mustChangePassword).toBe(true);
    const notAdmin = await userClient.post(`/api/users/${admin.id}/password-reset`);
    expect(notAdmin.statusCode).toBe(401);
    const byNonAdmin = await relogged.post(`/api/users/${admin.id}/password-reset`);
    expect(byNonAdmin.statusCode).toBe(403);
  });
});
