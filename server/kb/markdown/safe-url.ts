const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const IMAGE_SCHEMES = new Set(['http', 'https']);

// Control characters, every kind of space and invisible formatting characters: browsers drop some of
// them inside a scheme (`java\tscript:`), so a URL holding any of them is refused outright.
const INVISIBLE_RANGES: [number, number][] = [
  [0x00, 0x20],
  [0x7f, 0xa0],
  [0xad, 0xad],
  [0x1680, 0x1680],
  [0x180e, 0x180e],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x2064],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const hasInvisible = (text: string) =>
  [...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to);
  });
// Character references (`&#x6A;`, `&colon;`) would be decoded by the browser inside an attribute.
const CHARACTER_REFERENCE = /&(?:#|[a-z][a-z0-9]*;)/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const MAILTO = /^mailto:[^:?@/]+@[^:?@/]+(?:\?.*)?$/i;

/**
 * The URL if a link (or image) may point at it: http(s), mailto (links only), or a relative
 * reference; `null` for anything else, including obfuscated `javascript:`, `data:` and `vbscript:`.
 */
export function safeUrl(raw: string, kind: 'link' | 'image' = 'link'): string | null {
  const url = raw.trim();
  if (!url || url.length > 2000) return null;
  // Backslashes read as slashes in browsers (`/\evil.example`); none belong in an article link.
  if (hasInvisible(url) || CHARACTER_REFERENCE.test(url) || url.includes('\\')) return null;
  const scheme = SCHEME.exec(url);
  if (scheme) {
    const name = scheme[1].toLowerCase();
    if (!(kind === 'image' ? IMAGE_SCHEMES : LINK_SCHEMES).has(name)) return null;
    // mailto: takes addresses only (`mailto:javascript:…` is no address).
    return name !== 'mailto' || MAILTO.test(url) ? url : null;
  }
  // No scheme: a relative reference, unless a colon before the first / ? # could still read as one.
  const pathEnd = url.search(/[/?#]/);
  const head = pathEnd === -1 ? url : url.slice(0, pathEnd);
  return head.includes(':') ? null : url;
}

/** Whether a safe URL leaves the site (so the link gets rel="nofollow noopener noreferrer"). */
export function isExternalUrl(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url) || /^mailto:/i.test(url);
}
