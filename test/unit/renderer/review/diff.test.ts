import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../../renderer/src/features/review/diff';

const side = (parts: ReturnType<typeof wordDiff>['parts'], which: 'from' | 'to') =>
  parts.filter((p) => (which === 'from' ? !p.added : !p.removed)).map((p) => p.value).join('');

describe('review word diff', () => {
  it('rebuilds each side exactly and counts the words added and removed', () => {
    const from = 'Open the app, tap Cards';
    const to = 'In the app (version 5.2 or later), tap Cards';
    const diff = wordDiff(from, to);
    expect(side(diff.parts, 'from')).toBe(from);
    expect(side(diff.parts, 'to')).toBe(to);
    expect(diff.removed).toBe(1);
    expect(diff.added).toBe(5);
  });

  it('splits Chinese into words rather than whole runs', () => {
    const diff = wordDiff('打开应用，点击重置密码', '打开应用（5.2 版），点击重置密码', 'zh-CN');
    expect(diff.parts.filter((p) => !p.added && !p.removed).map((p) => p.value)).toEqual(['打开应用', '，点击重置密码']);
    expect(diff.removed).toBe(0);
  });
});
