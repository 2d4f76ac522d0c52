import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff.ts';

const compact = (before: string, after: string) =>
  diffLines(before, after).map((line) => `${{ same: ' ', added: '+', removed: '-' }[line.kind]}${line.text}`);

describe('[KB]: line diff', () => {
  it('finds the longest common subsequence of lines', () => {
    expect(compact('a\nb\nc\nd', 'a\nc\nx\nd')).toEqual([' a', '-b', ' c', '+x', ' d']);
    expect(compact('one\ntwo', 'one\ntwo')).toEqual([' one', ' two']);
    expect(compact('', 'new')).toEqual(['+new']);
    expect(compact('old', '')).toEqual(['-old']);
  });

  it('numbers lines on each side', () => {
    expect(diffLines('a\nb\nc', 'a\nB\nc')).toEqual([
      { kind: 'same', text: 'a', fromLine: 1, toLine: 1 },
      { kind: 'removed', text: 'b', fromLine: 2, toLine: null },
      { kind: 'added', text: 'B', fromLine: null, toLine: 2 },
      { kind: 'same', text: 'c', fromLine: 3, toLine: 3 },
    ]);
  });

  it('handles long texts with a small change quickly', () => {
    const lines = Array.from({ length: 5000 }, (_, index) => `line ${index}`);
    const changed = [...lines];
    changed[2500] = 'changed';
    const started = performance.now();
    const diff = diffLines(lines.join('\n'), changed.join('\n'));
    expect(performance.now() - started).toBeLessThan(500);
    expect(diff.filter((line) => line.kind !== 'same').map((line) => line.text)).toEqual(['line 2500', 'changed']);
  });
});
