import { describe, expect, it } from 'vitest';
import { labelTopics } from '../../../../electron/core/topics/labels';
import { tokenizeForTopics } from '../../../../electron/core/topics/tokens';
import { dstc11 } from '../../../../bench/topics/datasets';

describe('labelTopics (class-based TF-IDF)', () => {
  it('names real DSTC11 intents by their distinctive words and picks a member as representative', () => {
    const set = dstc11('banking');
    const intents = [...new Set(set.labels)].sort();
    const topicOf = Int32Array.from(set.labels, (l) => intents.indexOf(l));
    const labels = labelTopics(set.texts, topicOf, intents.length, new Float32Array(set.texts.length).fill(0.5));
    const byIntent = new Map(intents.map((intent, t) => [intent, labels[t]!]));
    expect(byIntent.get('FindATM')!.terms.join(' ')).toMatch(/atm/);
    expect(byIntent.get('ReportLostStolenCard')!.terms.join(' ')).toMatch(/lost|stolen/);
    expect(byIntent.get('UpdateEmail')!.terms.join(' ')).toMatch(/email/);
    for (const [t, label] of labels.entries()) {
      expect(topicOf[label.representativeRow]).toBe(t);
      expect(label.terms.some((term) => ['the', 'hi', 'thanks', 'please'].includes(term))).toBe(false);
    }
  });

  it('labels Chinese topics with words, not greetings, and leaves outliers unlabelled', () => {
    const texts = ['您好，我的快递一直没有到，物流信息不更新', '物流信息三天没更新了，快递到哪了', '谢谢，快递物流怎么查', '我要退货，退货地址是哪里', '退货退款什么时候到账', '您好，退货流程是什么', 'random noise'];
    const topicOf = Int32Array.from([0, 0, 0, 1, 1, 1, -1]);
    const similarity = Float32Array.from([0.9, 0.8, 0.7, 0.6, 0.95, 0.5, 0]);
    const [logistics, returns] = labelTopics(texts, topicOf, 2, similarity);
    expect(logistics!.terms.slice(0, 3)).toEqual(expect.arrayContaining(['物流']));
    expect(returns!.terms[0]).toBe('退货');
    expect(logistics!.terms).not.toContain('您好');
    expect(logistics!.representativeRow).toBe(0);
    expect(returns!.representativeRow).toBe(4);
  });

  it('tokenizes English and Chinese for labels', () => {
    expect(tokenizeForTopics("My card's PIN isn't working")).toEqual(['my', 'card', 'pin', "isn't", 'working']);
    expect(tokenizeForTopics('我要退货')).toContain('退货');
  });
});
