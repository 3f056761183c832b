import { describe, expect, it } from 'vitest';
import { fullTextTerms } from '../../../../electron/core/search/query';

describe('fullTextTerms', () => {
  it('looks up each telling word once, numbers included', () => {
    expect(fullTextTerms('Hi, I need to cancel my card, my card 4432 was stolen')).toEqual([
      'cancel',
      'card',
      '4432',
      'stolen',
    ]);
  });

  it('drops Chinese greetings and glue but keeps the words', () => {
    const terms = fullTextTerms('您好，我的退款什么时候到账？');
    expect(terms).toContain('退款');
    expect(terms).toContain('到账');
    expect(terms).not.toContain('您好');
    expect(terms).not.toContain('我的');
  });

  it('keeps a query made only of function words as it is', () => {
    expect(fullTextTerms('how do I')).toEqual(['how', 'do', 'i']);
  });
});
