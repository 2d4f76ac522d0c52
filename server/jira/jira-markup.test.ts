import { describe, expect, it } from 'vitest';
import { adfToMarkdown } from './adf-to-markdown.ts';
import { l3StateFor } from './apply-jira-issue-state.ts';
import { dossierToWiki } from './dossier-to-wiki.ts';
import { retryAtFrom } from './jira-http-error.ts';
import { deriveSecretBoxKey, openSecret, sealSecret } from './secret-box.ts';
import { isValidWebhookSignature, webhookSignature } from './verify-webhook-signature.ts';
import { wikiToMarkdown } from './wiki-to-markdown.ts';

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('[JIRA]: markup both ways', () => {
  it('turns ADF with lists, code, mentions, links and marks into Markdown', () => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Cause')] },
        paragraph(
          text('Thanks '),
          { type: 'mention', attrs: { id: 'abc', text: '@Marie Curie' } },
          text(', see '),
          text('PR 12', [{ type: 'link', attrs: { href: 'https://git.example.org/pr/12' } }]),
        ),
        paragraph(
          text('bold', [{ type: 'strong' }]),
          text(' and '),
          text('code', [{ type: 'code' }]),
          { type: 'hardBreak' },
          text('next line'),
        ),
        {
          type: 'orderedList',
          attrs: { order: 1 },
          content: [
            { type: 'listItem', content: [paragraph(text('first'))] },
            {
              type: 'listItem',
              content: [
                paragraph(text('second')),
                { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('nested'))] }] },
              ],
            },
          ],
        },
        { type: 'codeBlock', attrs: { language: 'sql' }, content: [text('SELECT 1;\nSELECT 2;')] },
        { type: 'blockquote', content: [paragraph(text('quoted'))] },
      ],
    };
    expect(adfToMarkdown(doc)).toBe(
      [
        '## Cause',
        'Thanks **@Marie Curie**, see [PR 12](https://git.example.org/pr/12)',
        '**bold** and `code`  \nnext line',
        '1. first\n2. second\n\n   - nested',
        '```sql\nSELECT 1;\nSELECT 2;\n```',
        '> quoted',
      ].join('\n\n'),
    );
  });

  it('turns Data Center wiki markup into Markdown, leaving code alone', () => {
    const wiki =
      'h3. Fix\n*Deployed* to _staging_, ask [~jdoe]\n* one\n** two\n# first\n{code:ruby}\nputs *not bold*\n{code}\nSee [the PR|https://git.example.org/pr/3] and {{config.yml}}';
    expect(wikiToMarkdown(wiki)).toBe(
      '### Fix\n**Deployed** to *staging*, ask **@jdoe**\n- one\n  - two\n1. first\n```ruby\nputs *not bold*\n```\nSee [the PR](https://git.example.org/pr/3) and `config.yml`',
    );
  });

  it('writes the dossier as wiki text for Data Center, escaping what wiki would format', () => {
    const wiki = dossierToWiki({
      reference: 'SLE-0042',
      summary: 'Crash',
      module: 'cp',
      urgency: 'high',
      siteCode: 'SLE',
      siteName: 'Sierra Leone',
      description: '',
      dossier: { stepsToReproduce: '1. Open [case]\n2. *Save*' },
      requestUrl: 'https://help.example.org/requests/SLE-0042',
    });
    expect(wiki).toContain('[SLE-0042|https://help.example.org/requests/SLE-0042]');
    expect(wiki).toContain('h3. Steps to reproduce\n1. Open \\[case\\]\n2. \\*Save\\*');
  });
});

describe('[JIRA]: small rules', () => {
  it('seals secrets with AES-256-GCM: readable with the key, not with another, not when tampered', () => {
    const key = deriveSecretBoxKey('a'.repeat(40));
    const sealed = sealSecret(key, 'token-123');
    expect(sealed).not.toContain('token-123');
    expect(sealSecret(key, 'token-123')).not.toBe(sealed);
    expect(openSecret(key, sealed)).toBe('token-123');
    expect(() => openSecret(deriveSecretBoxKey('b'.repeat(40)), sealed)).toThrow();
    const parts = sealed.split('.');
    expect(() => openSecret(key, [...parts.slice(0, 3), Buffer.from('forged').toString('base64url')].join('.'))).toThrow();
  });

  it('checks X-Hub-Signature over the exact bytes', () => {
    const body = Buffer.from('{"webhookEvent":"comment_created"}');
    const header = webhookSignature(body, 'secret-secret-secret');
    expect(isValidWebhookSignature(body, header, 'secret-secret-secret')).toBe(true);
    expect(isValidWebhookSignature(Buffer.from('{"webhookEvent": "comment_created"}'), header, 'secret-secret-secret')).toBe(
      false,
    );
    expect(isValidWebhookSignature(body, header.replace('sha256', 'sha1'), 'secret-secret-secret')).toBe(false);
  });

  it('reads Retry-After as seconds or a date, else X-RateLimit-Reset', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(retryAtFrom(new Headers({ 'retry-after': '30' }), now)?.toISOString()).toBe('2026-01-01T00:00:30.000Z');
    expect(retryAtFrom(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:05:00 GMT' }), now)?.toISOString()).toBe(
      '2026-01-01T00:05:00.000Z',
    );
    expect(retryAtFrom(new Headers({ 'x-ratelimit-reset': '2026-01-01T00:10Z' }), now)?.toISOString()).toBe(
      '2026-01-01T00:10:00.000Z',
    );
    expect(retryAtFrom(new Headers(), now)).toBeNull();
  });

  it('maps a Jira status to a level-3 state: the team’s mapping, then the category, and a released version', () => {
    expect(
      l3StateFor(
        { status: { name: 'Ready for release', statusCategory: { key: 'indeterminate' } } },
        { 'Ready for release': 'fix_ready' },
      ),
    ).toBe('fix_ready');
    expect(l3StateFor({ status: { name: 'Open', statusCategory: { key: 'new' } } }, {})).toBe('triaged');
    expect(
      l3StateFor(
        { status: { name: 'Done', statusCategory: { key: 'done' } }, fixVersions: [{ name: '2.12', released: true }] },
        {},
      ),
    ).toBe('released');
  });
});
