import { describe, expect, it } from 'vitest';
import { isNegative, sentimentScore } from '../../../../electron/core/sentiment/score';

describe('sentimentScore', () => {
  it.each([
    ['This is ridiculous, I have waited for weeks and nobody helps!!', 'negative'],
    ['I am not happy at all with this service', 'negative'],
    ['你们的客服态度太差了，我要投诉！', 'negative'],
    ['我不满意', 'negative'],
    ['Thanks, that fixed it, great help', 'positive'],
    ['谢谢，问题已解决，很满意', 'positive'],
    ['Where is my card? It has not arrived yet.', 'neutral'],
    ['请问怎么修改收货地址', 'neutral'],
  ])('%s is %s', (text, expected) => {
    const score = sentimentScore(text);
    if (expected === 'negative') expect(score).toBeLessThan(-0.35);
    if (expected === 'positive') expect(score).toBeGreaterThan(0.35);
    if (expected === 'neutral') expect(Math.abs(score)).toBeLessThan(0.35);
  });

  it('flips a positive word after a negator and stays within -1..1', () => {
    expect(sentimentScore('not helpful')).toBeLessThan(0);
    expect(sentimentScore('helpful')).toBeGreaterThan(0);
    const long = 'terrible awful horrible '.repeat(50);
    expect(sentimentScore(long)).toBeGreaterThanOrEqual(-1);
  });

  it('uses CSAT when present, sentiment otherwise', () => {
    expect(isNegative(1, 'Thanks, great help')).toBe(true);
    expect(isNegative(5, 'This is terrible and ridiculous')).toBe(false);
    expect(isNegative(null, 'This is terrible and ridiculous')).toBe(true);
    expect(isNegative(null, '')).toBe(false);
  });
});
