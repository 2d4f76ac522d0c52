import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database.ts';
import { nextDigestTime } from './next-digest-time.ts';
import { loadSecretKey } from './secret-key.ts';
import { classifySmtpFailure } from './smtp-failure.ts';
import { renderLayout } from './templates/layout.ts';
import { topicReplyMail } from './templates/topic-reply.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

describe('[MAIL]: parts', () => {
  it('sends the digest at the next 07:00 UTC', () => {
    expect(nextDigestTime(new Date('2026-03-01T06:59:00Z')).toISOString()).toBe('2026-03-01T07:00:00.000Z');
    expect(nextDigestTime(new Date('2026-03-01T07:00:00Z')).toISOString()).toBe('2026-03-02T07:00:00.000Z');
    expect(nextDigestTime(new Date('2026-12-31T23:00:00Z')).toISOString()).toBe('2027-01-01T07:00:00.000Z');
  });

  it('retries 4xx and network errors, gives up on 5xx, keeping the server’s reply', () => {
    expect(classifySmtpFailure({ responseCode: 550, response: '550 5.1.1 Unknown user', message: 'x' })).toEqual({
      isPermanent: true,
      reason: '550 5.1.1 Unknown user',
    });
    expect(classifySmtpFailure({ responseCode: 451, response: '451 4.3.0 Later' }).isPermanent).toBe(false);
    expect(classifySmtpFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNECTION' }))).toEqual({
      isPermanent: false,
      reason: 'connect ECONNREFUSED',
    });
  });

  it('generates the signing key once and keeps it; SECRET_KEY wins', async () => {
    const first = await loadSecretKey(t.db, { secretKey: undefined });
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(await loadSecretKey(t.db, { secretKey: undefined })).toBe(first);
    expect(await loadSecretKey(t.db, { secretKey: 'z'.repeat(32) })).toBe('z'.repeat(32));
  });

  it('escapes everything a person typed and loads nothing remote; Arabic is right to left', () => {
    const content = topicReplyMail('ar', {
      topicTitle: '<script>alert(1)</script>',
      actorName: 'Eve "the" <admin>',
      body: '<img src="https://tracker.example/p.gif"> & more',
      url: 'https://hub.example/community/1?a=1&b=2',
    });
    const { html, text } = renderLayout({
      locale: 'ar',
      content,
      isRedacted: false,
      footer: {
        kind: 'topic_reply',
        unsubscribeUrl: 'https://hub.example/api/unsubscribe?token=t',
        settingsUrl: 'https://hub.example/s',
      },
    });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=&quot;https://tracker.example/p.gif&quot;&gt; &amp; more');
    expect(html).toContain('href="https://hub.example/community/1?a=1&amp;b=2"');
    expect(text).toContain('> <img src="https://tracker.example/p.gif"> & more');
    expect(text).toContain('https://hub.example/api/unsubscribe?token=t');
  });
});
