import { describe, expect, it } from 'vitest';
import { isGenericFollowUp } from '../../../../electron/core/topics/follow-up';
import { labelTopics } from '../../../../electron/core/topics/labels';
import { isStopword } from '../../../../shared/text/stopwords';

describe('follow-ups and labels', () => {
  it('tells a message that only refers back from one that names a problem, in English and Chinese', () => {
    expect(isGenericFollowUp('Following up from a few days ago, same problem')).toBe(true);
    expect(isGenericFollowUp('上次的问题还是没解决')).toBe(true);
    expect(isGenericFollowUp('前几天跟你们客服说过，到现在还是这样')).toBe(true);
    expect(isGenericFollowUp('Hi')).toBe(true);
    expect(isGenericFollowUp('I want to dispute a charge')).toBe(false);
    expect(isGenericFollowUp('Same problem again: the 2FA text never arrives and I am locked out')).toBe(false);
    expect(isGenericFollowUp('退款两周了还没到账')).toBe(false);
  });

  it('prefers a conversation that names the problem as its topic’s representative', () => {
    const texts = ['Following up, same problem\nThe 2FA text never arrives', 'The 2FA text never arrives', 'My 2FA code is late'];
    const topicOf = Int32Array.from([0, 0, 0]);
    const similarity = Float32Array.from([0.99, 0.8, 0.7]);
    expect(labelTopics(texts, topicOf, 1, similarity)[0]!.representativeRow).toBe(0);
    expect(labelTopics(texts, topicOf, 1, similarity, { avoidAsRepresentative: Uint8Array.from([1, 0, 0]) })[0]!.representativeRow).toBe(1);
  });

  it('says a phrase in place of its word and keeps Chinese glue out of labels', () => {
    const texts = ['2fa text missing', '2fa text missing again', '2fa text not here', 'refund late', 'refund late again', 'refund slow'];
    const topicOf = Int32Array.from([0, 0, 0, 1, 1, 1]);
    const [twoFactor] = labelTopics(texts, topicOf, 2, new Float32Array(6).fill(0.5));
    expect(twoFactor!.terms[0]).toBe('2fa text');
    expect(twoFactor!.terms).not.toContain('2fa');
    expect(isStopword('但我')).toBe(true);
    expect(isStopword('收了')).toBe(true);
    expect(isStopword('退款')).toBe(false);
    expect(isStopword('物流')).toBe(false);
  });
});
