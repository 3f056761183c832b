import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gleanerMarker, normalizedTitle, sameTitle } from '../../../../electron/core/export/lookup';

describe('finding a remote article again', () => {
  it('compares titles the way help centers give them back', () => {
    expect(sameTitle('Refunds &amp;  Returns', 'Refunds & returns')).toBe(true);
    expect(sameTitle(' Reset&nbsp;your password\n', 'Reset your password')).toBe(true);
    expect(sameTitle('Café &#233; &#x4E2D;', 'CAFÉ é 中')).toBe(true);
    expect(sameTitle('Ｒｅｆｕｎｄ', 'refund')).toBe(true);
    expect(sameTitle('Refund status', 'Old title', 'Refund  status')).toBe(true);
    expect(sameTitle('Refund status', 'Refund state')).toBe(false);
    expect(sameTitle('&bogus; &#0;', '&bogus; &#0;')).toBe(true);
    expect(sameTitle('Fish &amp;amp; chips', 'Fish &amp; chips')).toBe(true);
  });

  it('any title matches itself, as sent or HTML-escaped by the help center', () => {
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    fc.assert(fc.property(fc.string(), (title) => sameTitle(title, title) && sameTitle(escape(title), title) && sameTitle(` ${title.toUpperCase()} `, title.toLowerCase()) === (normalizedTitle(title.toUpperCase()) === normalizedTitle(title.toLowerCase()))));
  });

  it('names the article in a marker a label or tag can hold', () => {
    expect(gleanerMarker('3F2A-9b_c')).toBe('gleaner-3f2a-9b-c');
  });
});
