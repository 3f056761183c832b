import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../electron/core/ingest/outcomes';

/** The regular-expression form detectLanguage replaced (kept here as the reference). */
function reference(text: string): string {
  const sample = text.slice(0, 4000);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return han > latin / 3 && han > 0 ? 'zh-CN' : 'en';
}

describe('detectLanguage (char-code loop)', () => {
  it('answers as the regular-expression reference on any text, surrogates and the 4,000-unit cut included', () => {
    const pieces = fc.constantFrom(
      'a',
      'Z',
      '中',
      '文',
      '𠀀',
      '𪜀',
      '㐀',
      '⺀',
      'ア',
      '한',
      ' ',
      '1',
      '\ud840',
      '\udc00',
      'é',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.nat(3998), (parts, pad) => {
        const text = parts.join('');
        expect(detectLanguage(text)).toBe(reference(text));
        const long = 'a'.repeat(pad) + text;
        expect(detectLanguage(long)).toBe(reference(long));
        const longHan = '中'.repeat(pad) + text;
        expect(detectLanguage(longHan)).toBe(reference(longHan));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(detectLanguage(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
