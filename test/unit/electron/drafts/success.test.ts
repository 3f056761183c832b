import { describe, expect, it } from 'vitest';
import { defaultSuccessCriteria, successCriteriaSchema } from '../../../../shared/domain/draft';
import { filterSuccessful, judgeSuccess } from '../../../../electron/core/drafts/success';
import { sentimentScore } from '../../../../electron/core/sentiment/score';
import type { DraftConversation } from '../../../../electron/core/drafts/types';

const conversation = (patch: Partial<DraftConversation> = {}): DraftConversation => ({
  id: 'c1',
  turns: [
    { role: 'customer', text: 'My app keeps crashing on start.' },
    { role: 'agent', text: 'Please update the app from the store.' },
    { role: 'customer', text: 'That worked, thank you!' },
  ],
  resolved: true,
  escalated: false,
  repeatContact: false,
  csat: null,
  ...patch,
});

describe('success filter', () => {
  it('accepts a resolved, calm conversation and names every failed criterion otherwise', () => {
    expect(judgeSuccess(conversation())).toEqual({ success: true, reasons: [] });
    expect(judgeSuccess(conversation({ resolved: false, escalated: true, repeatContact: true, csat: 2 })).reasons).toEqual([
      'unresolved',
      'escalated',
      'repeat_contact',
      'low_csat',
    ]);
  });

  it('uses CSAT when present and the sentiment of the last customer turns otherwise', () => {
    const angry = conversation({
      turns: [
        { role: 'customer', text: 'It crashes.' },
        { role: 'agent', text: 'Update the app.' },
        { role: 'customer', text: 'This is useless, still not working. Terrible service.' },
      ],
    });
    expect(judgeSuccess(angry).reasons).toEqual(['negative_ending']);
    // A good CSAT outranks the words: the customer rated the contact 5.
    expect(judgeSuccess({ ...angry, csat: 5 }).success).toBe(true);
    expect(judgeSuccess(conversation({ csat: 3 })).reasons).toEqual(['low_csat']);
    expect(judgeSuccess(conversation({ csat: 4 })).success).toBe(true);
  });

  it('reads Chinese endings', () => {
    expect(sentimentScore('还是不行，太差了，我要投诉')).toBeLessThan(0);
    expect(sentimentScore('好的，解决了，谢谢')).toBeGreaterThan(0);
  });

  it('is adjustable: unknown resolutions, escalations and the CSAT bar follow the criteria', () => {
    const unknown = conversation({ resolved: null });
    expect(judgeSuccess(unknown).success).toBe(true);
    const strict = successCriteriaSchema.parse({ requireKnownResolution: true, minCsat: 5, excludeEscalated: false });
    expect(judgeSuccess(unknown, strict).reasons).toEqual(['resolution_unknown']);
    expect(judgeSuccess(conversation({ csat: 4 }), strict).reasons).toEqual(['low_csat']);
    expect(judgeSuccess(conversation({ escalated: true }), strict).success).toBe(true);
  });

  it('counts rejections and says whether enough conversations remain', () => {
    const list = [conversation({ id: 'a' }), conversation({ id: 'b', escalated: true }), conversation({ id: 'c', csat: 1, escalated: true })];
    const split = filterSuccessful(list);
    expect(split.successful.map((c) => c.id)).toEqual(['a']);
    expect(split.rejected).toEqual({ escalated: 2, low_csat: 1 });
    expect(split.enough).toBe(false);
    expect(split.minimum).toBe(defaultSuccessCriteria().minConversations);
    expect(filterSuccessful(list, successCriteriaSchema.parse({ minConversations: 1 })).enough).toBe(true);
  });
});
