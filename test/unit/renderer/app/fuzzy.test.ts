import { describe, expect, it } from 'vitest';
import { fuzzyScore } from '../../../../renderer/src/app/fuzzy';

describe('command palette matching', () => {
  it('prefers contiguous and early matches and rejects missing letters', () => {
    expect(fuzzyScore('expo', 'Go to Export')).toBeGreaterThan(
      fuzzyScore('gtex', 'Go to Export') ?? 0,
    );
    expect(fuzzyScore('go', 'Go to Export')).toBeGreaterThan(fuzzyScore('ex', 'Go to Export') ?? 0);
    expect(fuzzyScore('gtex', 'Go to Export')).not.toBeNull();
    expect(fuzzyScore('xyz', 'Go to Export')).toBeNull();
    expect(fuzzyScore('', 'anything')).toBe(0);
  });

  it('matches Chinese labels and ignores case', () => {
    expect(fuzzyScore('洞察', '前往洞察')).not.toBeNull();
    expect(fuzzyScore('THEME', 'Theme: Dark')).not.toBeNull();
  });
});
