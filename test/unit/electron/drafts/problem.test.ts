import { describe, expect, it } from 'vitest';
import { isProblemStatement } from '../../../../electron/core/drafts/problem';

describe('problem statements', () => {
  it('recognises what went wrong, in English and Chinese', () => {
    for (const text of [
      "The courier marked my package delivered and it's not at my door.",
      'I was charged twice this month.',
      'The app keeps crashing on launch.',
      "I can't log in since the update.",
      '我的包裹显示已签收但没收到。',
      'App 一打开就闪退。',
      '验证码一直收不到。',
    ])
      expect(isProblemStatement(text), text).toBe(true);
  });

  it('does not take context or thanks for the problem', () => {
    for (const text of ['I ordered a Galaxy A54 and a case.', 'My name is on the account.', '我上周买了一部手机。', '不客气，谢谢。'])
      expect(isProblemStatement(text), text).toBe(false);
  });
});
