import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAIL_KINDS } from '../../shared/mail-schemas.ts';
import { outboundEmails } from '../db/schema/index.ts';
import { buildUser, TEST_PASSWORD } from '../test/factories.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { ACKNOWLEDGEMENT_KIND } from './inbound/queue-acknowledgement.ts';
import { LAYOUT_STRINGS } from './templates/layout-strings.ts';

const WEB_LOCALES = ['en', 'fr', 'es', 'pt', 'ar'] as const;
const webKindLabels = (locale: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../../web/src/i18n/locales/mail/${locale}.json`), 'utf8')).kinds;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('[MAIL]: every kind of mail Support Hub produces', () => {
  it('has a label on the Outbox page and in the mail footer, in all five languages', () => {
    expect(EMAIL_KINDS).toContain(ACKNOWLEDGEMENT_KIND);
    for (const locale of WEB_LOCALES) {
      const labels = webKindLabels(locale);
      for (const kind of EMAIL_KINDS) {
        expect(typeof labels[kind] === 'string' && labels[kind] !== '', `${locale}: mail.kinds.${kind}`).toBe(true);
        expect(LAYOUT_STRINGS[locale].kinds[kind], `${locale}: footer ${kind}`).toBeTruthy();
      }
    }
  });

  it('lists on the Outbox API whatever its kind, the acknowledgement of a mailed request included', async () => {
    const admin = await buildUser(t.db, 'admin');
    await t.db.insert(outboundEmails).values(
      EMAIL_KINDS.map((kind) => ({
        recipient: `${kind}@partner.example.net`,
        locale: 'en',
        kind,
        subject: `A ${kind} mail`,
        text: 'Text',
        html: '<p>Text</p>',
        messageId: `<${kind}@support-hub.local>`,
        status: 'sent',
      })),
    );
    const response = await (await t.login(admin.email, TEST_PASSWORD)).get('/api/outbox?limit=100');
    expect(response.statusCode).toBe(200);
    const kinds = response.json().items.map((item: { kind: string }) => item.kind);
    expect([...kinds].sort()).toEqual([...EMAIL_KINDS].sort());
  });
});
