import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';
import { safeUrl } from './safe-url.ts';

/**
 * Known XSS payloads, as raw HTML and as Markdown. Raw HTML comes out escaped, so its words
 * ("onerror=", "javascript:") may still be read as text; what must never happen is that they
 * become markup. So the checks are on the tags the renderer emitted (every `<` of the input is
 * escaped, so each `<` in the output is one of ours), and on the whole output for the Markdown
 * link and image payloads, where the dangerous URL must disappear entirely.
 */
const RAW_HTML_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//xss.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" onerror="alert(1)">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<details open ontoggle=alert(1)>',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
  '<<script>script>alert(1)<</script>/script>',
  '<!--<script>alert(1)</script>-->',
  '<style>@import "javascript:alert(1)";</style>',
  '`<script>`<script>alert(1)</script>',
  '> <script>alert(1)</script>',
  '- <img src=x onerror=alert(1)>',
  '# <svg onload=alert(1)>',
  '| <script> | x |\n|---|---|\n| <img onerror=alert(1)> | y |',
];

const MARKDOWN_PAYLOADS = [
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x]( javascript:alert(1))',
  '[x](<javascript:alert(1)>)',
  '[x](java\tscript:alert(1))',
  '[x](jav&#x09;ascript:alert(1))',
  '[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
  '[x](&#x6A;avascript:alert(1))',
  '[x](javascript&colon;alert(1))',
  '[x](javascript\\:alert(1))',
  '[x](\u0001javascript:alert(1))',
  '[x](java\u200bscript:alert(1))',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](DATA:text/html,<script>alert(1)</script>)',
  '[x](javascript:alert(1) "title")',
  '[x](https://ok.example.org "\\" onmouseover=\\"alert(1))',
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x" onerror="alert(1)](https://ok.example.org/a.png)',
  '![x](https://ok.example.org/a.png"onerror="alert(1))',
  '![x](x" onerror="alert(1))',
  '[![img](javascript:alert(1))](javascript:alert(2))',
  '<javascript:alert(1)>',
  '<JAVASCRIPT:alert(1)>',
  '[x](mailto:javascript:alert(1))',
];

const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'rel'],
  img: ['src', 'alt', 'title', 'loading'],
  code: ['class'],
  ol: ['start'],
};
const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every tag the renderer emitted, checked against the allow-list; returns the markup only. */
function checkMarkup(html: string): string {
  const tags = html.match(/<[^>]*>/g) ?? [];
  for (const tag of tags) {
    const match = /^<\/?([a-z0-9]+)((?: [a-z-]+="[^"<>]*")*)>$/.exec(tag);
    expect(match, `malformed tag ${tag}`).not.toBeNull();
    const [, name, attributes] = match as RegExpExecArray;
    expect(ALLOWED_TAGS.has(name), `tag <${name}>`).toBe(true);
    for (const [, attribute, raw] of attributes.matchAll(/ ([a-z-]+)="([^"]*)"/g)) {
      expect(ALLOWED_ATTRIBUTES[name] ?? [], `attribute ${attribute} on <${name}>`).toContain(attribute);
      const value = [...decodeEntities(raw)]
        .filter((char) => (char.codePointAt(0) ?? 0) > 0x20)
        .join('')
        .toLowerCase();
      if (attribute === 'href' || attribute === 'src') {
        expect(value, tag).not.toMatch(/^(?:javascript|vbscript|data):/);
        expect(value, tag).toMatch(/^(?:https?:|mailto:|\/|#|\?|\.|[^:/?#]+(?:[/?#]|$))/);
      }
    }
  }
  // Attribute values are escaped text; what must not appear is an attribute *named* on….
  return tags.join('').replace(/="[^"]*"/g, '=""');
}

describe('[KB]: the Markdown sanitiser', () => {
  for (const payload of RAW_HTML_PAYLOADS) {
    it(`escapes raw HTML: ${JSON.stringify(payload)}`, () => {
      const html = renderMarkdown(payload);
      expect(html).not.toMatch(/<script/i);
      const markup = checkMarkup(html);
      expect(markup).not.toMatch(/ on\w+=/i);
      expect(markup).not.toMatch(/javascript:/i);
      expect(markup).not.toMatch(/<(?:svg|iframe|img src="x"|object|style|math|body|details|div)/i);
    });
  }

  for (const payload of MARKDOWN_PAYLOADS) {
    it(`drops unsafe link and image targets: ${JSON.stringify(payload)}`, () => {
      const html = renderMarkdown(payload);
      expect(html).not.toMatch(/<script/i);
      expect(checkMarkup(html)).not.toMatch(/ on\w+=/i);
      if (!payload.startsWith('<')) {
        expect(html).not.toMatch(/javascript:/i);
        expect(html).not.toMatch(/vbscript:/i);
        expect(html).not.toMatch(/data:/i);
      }
      expect(html).not.toMatch(/href="(?!https?:|mailto:|\/)/);
    });
  }

  it('keeps the text of a link whose target was dropped', () => {
    expect(renderMarkdown('[Click here](javascript:alert(1)) please')).toBe('<p>Click here please</p>');
    expect(renderMarkdown('![Screenshot](data:image/png;base64,AAAA)')).toBe('<p>Screenshot</p>');
  });

  it('accepts http(s), mailto and relative targets, and nothing else', () => {
    for (const url of [
      'https://a.example.org/x',
      'HTTP://a.example.org',
      'mailto:help@example.org',
      '/kb/1',
      '#top',
      '?q=1',
      'docs/page',
      '../up',
      '//cdn.example.org/a.png',
    ]) {
      expect(safeUrl(url), url).toBe(url);
    }
    for (const url of [
      'javascript:alert(1)',
      ' JAVASCRIPT:x',
      'vbscript:x',
      'data:text/html,x',
      'file:///etc/passwd',
      'jav&#x09;ascript:x',
      'java\nscript:x',
      'java\\script:x',
      '/\\evil.example',
      'a:b/c',
      '',
    ]) {
      expect(safeUrl(url), url).toBeNull();
    }
    expect(safeUrl('mailto:a@example.org', 'image')).toBeNull();
  });
});
