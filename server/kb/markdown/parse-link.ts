export type ParsedLink = { text: string; destination: string; title: string | null; end: number };

// Bounds keep a paragraph full of unmatched brackets linear enough.
const MAX_TEXT = 1000;
const MAX_DESTINATION = 2000;
const MAX_TITLE = 500;
const TITLE_CLOSERS: Record<string, string> = { '"': '"', "'": "'", '(': ')' };

const unescapePunctuation = (value: string) => value.replace(/\\([!-/:-@[-`{-~])/g, '$1');

function skipSpaces(source: string, index: number): number {
  let position = index;
  let newlines = 0;
  while (position < source.length && (source[position] === ' ' || source[position] === '\n')) {
    if (source[position] === '\n' && ++newlines > 1) break;
    position++;
  }
  return position;
}

function closingBracket(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length && index - open <= MAX_TEXT; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return index;
  }
  return -1;
}

function readDestination(source: string, start: number): { value: string; end: number } | null {
  if (source[start] === '<') {
    const close = source.indexOf('>', start);
    if (close === -1 || close - start > MAX_DESTINATION) return null;
    const value = source.slice(start + 1, close);
    return /[\n<]/.test(value) ? null : { value, end: close + 1 };
  }
  let depth = 0;
  let index = start;
  for (; index < source.length && index - start <= MAX_DESTINATION; index++) {
    const char = source[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (char === ' ' || char === '\n') break;
    if (char === '(') depth++;
    if (char === ')' && depth-- === 0) break;
  }
  return { value: source.slice(start, index), end: index };
}

function readTitle(source: string, start: number): { value: string; end: number } | null {
  const closer = TITLE_CLOSERS[source[start]];
  if (!closer) return null;
  for (let index = start + 1; index < source.length && index - start <= MAX_TITLE; index++) {
    if (source[index] === '\\') index++;
    else if (source[index] === closer) return { value: source.slice(start + 1, index), end: index + 1 };
  }
  return null;
}

/** `[text](destination "title")` starting at the `[`, or null when the text there is not one. */
export function parseLinkAt(source: string, open: number): ParsedLink | null {
  const close = closingBracket(source, open);
  if (close === -1 || source[close + 1] !== '(') return null;
  let index = skipSpaces(source, close + 2);
  const destination = readDestination(source, index);
  if (!destination) return null;
  index = destination.end;
  const afterDestination = skipSpaces(source, index);
  const title = afterDestination > index ? readTitle(source, afterDestination) : null;
  index = skipSpaces(source, title ? title.end : index);
  if (source[index] !== ')') return null;
  return {
    text: source.slice(open + 1, close),
    destination: unescapePunctuation(destination.value),
    title: title ? unescapePunctuation(title.value) : null,
    end: index + 1,
  };
}
