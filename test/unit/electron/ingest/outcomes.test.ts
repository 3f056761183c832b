import { describe, expect, it } from 'vitest';
import { detectLanguage, inferEscalation } from '../../../../electron/core/ingest/outcomes';
import type { Turn } from '../../../../shared/domain/transcript';

const t = (role: Turn['role'], text: string): Turn => ({ role, text });

describe('escalation', () => {
  it('takes the data first, with the transfer turn when there is one', () => {
    expect(
      inferEscalation([t('customer', 'hi'), t('bot', 'hello'), t('agent', 'hi')], false),
    ).toEqual({ escalated: false, rule: 'data', turn: null });
    expect(
      inferEscalation(
        [t('customer', 'hi'), t('agent', 'Let me transfer you to our billing team.')],
        true,
      ),
    ).toEqual({ escalated: true, rule: 'data', turn: 1 });
  });

  it('infers a bot-to-human handoff, transfer phrases in English and Chinese, DM redirects and asks for a human', () => {
    expect(
      inferEscalation(
        [
          t('customer', 'refund?'),
          t('bot', 'I can help'),
          t('customer', 'no'),
          t('agent', 'Hi, Sam here'),
        ],
        undefined,
      ),
    ).toMatchObject({ rule: 'bot_handoff', turn: 3 });
    expect(
      inferEscalation(
        [t('customer', 'still broken'), t('agent', "I'm escalating this to a supervisor now")],
        null,
      ),
    ).toMatchObject({ rule: 'transfer_phrase', turn: 1 });
    expect(
      inferEscalation(
        [t('customer', '网络一直断'), t('agent', '好的，正在为您转接技术专员')],
        null,
      ),
    ).toMatchObject({ rule: 'transfer_phrase', turn: 1 });
    expect(
      inferEscalation(
        [t('customer', '退款还没到'), t('agent', '已为您升级处理，请耐心等待')],
        null,
      ),
    ).toMatchObject({ escalated: true, rule: 'transfer_phrase' });
    expect(
      inferEscalation(
        [
          t('customer', '@acme my bill is wrong'),
          t('agent', 'Sorry! Please send us a DM with your account email.'),
        ],
        null,
        'twitter',
      ),
    ).toMatchObject({ rule: 'dm_redirect', turn: 1 });
    expect(
      inferEscalation(
        [t('customer', 'can I speak to a human please'), t('agent', 'Sure, I am here')],
        null,
      ),
    ).toMatchObject({ rule: 'customer_asked_human', turn: 0 });
  });

  it('finds nothing in an ordinary conversation', () => {
    expect(
      inferEscalation(
        [
          t('customer', 'Where is my parcel?'),
          t('agent', 'It arrives tomorrow.'),
          t('customer', 'Thanks'),
        ],
        undefined,
      ),
    ).toEqual({ escalated: false, rule: null, turn: null });
    expect(
      inferEscalation([t('customer', 'Send me a DM'), t('agent', 'ok')], null, 'chat').escalated,
    ).toBe(false);
  });
});

describe('language detection', () => {
  it('tells Chinese from English by the share of Han characters', () => {
    expect(detectLanguage('我的快递一直没有更新物流信息 order 123')).toBe('zh-CN');
    expect(detectLanguage('My parcel is late, 谢谢')).toBe('en');
    expect(detectLanguage('12345')).toBe('en');
  });
});
