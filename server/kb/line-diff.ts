import type { TKbDiffLine } from '../../shared/kb-schemas.ts';

/** Beyond this many cells the middle of the diff is shown as removed-then-added instead of aligned. */
const MAX_CELLS = 4_000_000;

/**
 * A line diff from the longest common subsequence of the two texts' lines. The common start and end
 * are matched first, so typical edits (a few lines changed in a long article) stay cheap.
 */
export function diffLines(before: string, after: string): TKbDiffLine[] {
  const a = before === '' ? [] : before.replace(/\r\n?/g, '\n').split('\n');
  const b = after === '' ? [] : after.replace(/\r\n?/g, '\n').split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const result: TKbDiffLine[] = [];
  for (let index = 0; index < head; index++)
    result.push({ kind: 'same', text: a[index], fromLine: index + 1, toLine: index + 1 });
  result.push(...diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), head));
  for (let index = tail; index > 0; index--) {
    const fromIndex = a.length - index;
    const toIndex = b.length - index;
    result.push({ kind: 'same', text: a[fromIndex], fromLine: fromIndex + 1, toLine: toIndex + 1 });
  }
  return result;
}

function diffMiddle(a: string[], b: string[], offset: number): TKbDiffLine[] {
  const removed = (index: number): TKbDiffLine => ({
    kind: 'removed',
    text: a[index],
    fromLine: offset + index + 1,
    toLine: null,
  });
  const added = (index: number): TKbDiffLine => ({ kind: 'added', text: b[index], fromLine: null, toLine: offset + index + 1 });
  if (a.length * b.length > MAX_CELLS) return [...a.map((_, i) => removed(i)), ...b.map((_, i) => added(i))];

  // lengths[i][j]: the LCS length of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const result: TKbDiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      result.push({ kind: 'same', text: a[i], fromLine: offset + i + 1, toLine: offset + j + 1 });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      result.push(removed(i++));
    } else {
      result.push(added(j++));
    }
  }
  while (i < a.length) result.push(removed(i++));
  while (j < b.length) result.push(added(j++));
  return result;
}
