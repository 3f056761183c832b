import { describe, expect, it } from 'vitest';
import { cleanAgentSentence, cleanCustomerSentence } from '../../../../electron/core/drafts/clean';
import { baseOfGerund, imperativeEn, imperativeZh } from '../../../../electron/core/drafts/imperative';
import { splitSentences } from '../../../../electron/core/drafts/sentences';

describe('sentence splitting', () => {
  it('splits English without breaking numbers, versions or abbreviations', () => {
    expect(splitSentences('Set it to 12.6 volts. Then update to v3.2.1, e.g. from the store! Done?')).toEqual([
      'Set it to 12.6 volts.',
      'Then update to v3.2.1, e.g. from the store!',
      'Done?',
    ]);
  });

  it('splits Chinese on 。！？ and keeps closing quotes', () => {
    expect(splitSentences('请先重启路由器。然后打开“设置”！还是不行吗？好的')).toEqual(['请先重启路由器。', '然后打开“设置”！', '还是不行吗？', '好的']);
  });

  it('splits at line breaks and drops punctuation-only pieces', () => {
    expect(splitSentences('First line\n\n...\nSecond line.')).toEqual(['First line', 'Second line.']);
  });
});

describe('imperative rewrites', () => {
  it.each([
    ['You can tap Settings > Privacy.', 'Tap Settings > Privacy.'],
    ["I'd recommend restarting the router.", 'Restart the router.'],
    ['I would suggest updating the app first.', 'Update the app first.'],
    ['I recommend that you clear the cache.', 'Clear the cache.'],
    ['Please open the app and sign in again.', 'Open the app and sign in again.'],
    ['You will need to reset your password.', 'Reset your password.'],
    ["Let's try resetting the modem.", 'Try resetting the modem.'],
  ])('%s -> %s', (input, output) => {
    expect(imperativeEn(input)).toBe(output);
  });

  it('leaves statements alone', () => {
    expect(imperativeEn("You should be able to log in now.")).toBe("You should be able to log in now.");
    expect(imperativeEn("You can't use the old code.")).toBe("You can't use the old code.");
    expect(imperativeEn('The refund takes 5 days.')).toBe('The refund takes 5 days.');
  });

  it('recovers base forms of -ing words', () => {
    expect(['restarting', 'resetting', 'updating', 'clearing', 'enabling', 'stopping'].map(baseOfGerund)).toEqual([
      'restart', 'reset', 'update', 'clear', 'enable', 'stop',
    ]);
  });

  it('rewrites Chinese politeness leads', () => {
    expect(imperativeZh('您可以先重启路由器。')).toBe('先重启路由器。');
    expect(imperativeZh('请您在设置里关闭省电模式。')).toBe('在设置里关闭省电模式。');
    expect(imperativeZh('建议您更新到最新版本。')).toBe('更新到最新版本。');
  });
});

describe('agent sentence clean-up', () => {
  it.each([
    'Hello, my name is Sarah and I will be helping you today.',
    'Hi there!',
    'Thank you for contacting us.',
    "I'm sorry to hear that.",
    'Let me check that for you.',
    'Is there anything else I can help you with?',
    'Have a fantastic day!',
    'Could you please provide your email address?',
    'What is your order number?',
    'I am glad that I could help out!',
    'Okay.',
  ])('drops %s', (sentence) => {
    expect(cleanAgentSentence(sentence)).toBeNull();
  });

  it('keeps diagnostic questions and instructions, in the imperative', () => {
    expect(cleanAgentSentence('Is the wireless adapter switched on?')).toBe('Is the wireless adapter switched on?');
    expect(cleanAgentSentence('Sure, you can tap Settings > Battery')).toBe('Tap Settings > Battery.');
    expect(cleanAgentSentence('Hi John, please restart the app.')).toBe('Restart the app.');
  });

  it('cleans Chinese agent sentences', () => {
    expect(cleanAgentSentence('请稍等，我帮您查一下。')).toBeNull();
    expect(cleanAgentSentence('还有什么可以帮您的吗？')).toBeNull();
    expect(cleanAgentSentence('请问您的手机号是多少？')).toBeNull();
    expect(cleanAgentSentence('您好，您可以先重启一下路由器')).toBe('先重启一下路由器。');
    expect(cleanAgentSentence('路由器的指示灯是否亮着？')).toBe('路由器的指示灯是否亮着？');
  });

  it('keeps the customer words but not greetings or bare pleas', () => {
    expect(cleanCustomerSentence('Hi, my laptop will not connect to the wifi.')).toBe('My laptop will not connect to the wifi.');
    expect(cleanCustomerSentence('Can you please help me?')).toBeNull();
    expect(cleanCustomerSentence("my order shows as delivered but i never received it, i'm stuck")).toBe("My order shows as delivered but I never received it, I'm stuck");
    expect(cleanCustomerSentence('the wifi icon is grey on my iphone')).toBe('The wifi icon is grey on my iphone');
    expect(cleanCustomerSentence('您好，我的订单一直没有发货')).toBe('我的订单一直没有发货');
    expect(cleanCustomerSentence('在吗？')).toBeNull();
  });
});

describe('lists typed by agents', () => {
  it('splits numbered lines into steps without their numbers and drops the lead-in', () => {
    const sentences = splitSentences('You can do this:\n1. Open Settings > Security.\n2) Turn airplane mode on and off.');
    expect(sentences).toEqual(['You can do this:', '1. Open Settings > Security.', '2) Turn airplane mode on and off.']);
    expect(sentences.map(cleanAgentSentence)).toEqual([null, 'Open Settings > Security.', 'Turn airplane mode on and off.']);
    expect(['您可以这样处理：', '1. 打开“设置 > 安全”，核对一下绑定的手机号码。', '您好，Northwind Mobile 在线客服阿杰为您服务'].map(cleanAgentSentence)).toEqual([
      null,
      '打开“设置 > 安全”，核对一下绑定的手机号码。',
      null,
    ]);
  });
});
