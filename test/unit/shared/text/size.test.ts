import { describe, expect, it } from 'vitest';
import { sizeAgainstLimit } from '../../../../shared/text/size';

describe('sizeAgainstLimit', () => {
  it('writes both in MB with the same decimals', () => {
    expect(sizeAgainstLimit(3.5 * 1048576, 2 * 1048576)).toEqual({ size: '3.5 MB', limit: '2.0 MB' });
  });

  it('adds a decimal, then falls back to bytes, until a size just over the limit reads as larger', () => {
    expect(sizeAgainstLimit(2 * 1048576 + 20_000, 2 * 1048576)).toEqual({ size: '2.02 MB', limit: '2.00 MB' });
    expect(sizeAgainstLimit(2 * 1048576 + 18, 2 * 1048576)).toEqual({ size: '2,097,170 bytes', limit: '2,097,152 bytes' });
  });
});
