import { LexicalEmbedder } from '../../../../electron/core/embed/lexical/embedder';
import type { DraftConversation, EmbedTexts } from '../../../../electron/core/drafts/types';

/** Small, realistic topics: every conversation says the shared steps in its own wording, plus noise. */

const embedder = new LexicalEmbedder();
export const lexicalEmbed: EmbedTexts = (texts) => embedder.embedPassages(texts);

const EN_OPENINGS = [
  'Hi, the app crashes every time I open it on my iPhone 14.',
  'Hello, my app keeps crashing when I start it. I use iOS 17.',
  'The app crashes right after launch on my iPhone 14.',
  'App crashing on startup since yesterday, iOS 17.',
];
const EN_STEPS = [
  ['You can update the app from the App Store.', 'Please update the app in the App Store first.', 'I would recommend updating the app from the App Store.'],
  ['Restart your iPhone after the update.', 'Then restart your iPhone once the update is done.', 'After updating, restart the iPhone.'],
  ['Clear the app cache under Settings > Storage.', 'You should clear the app cache in Settings > Storage.', 'Go to Settings > Storage and clear the app cache.'],
];

export function englishConversations(count: number, prefix = 'en'): DraftConversation[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    language: 'en',
    turns: [
      { role: 'customer' as const, text: EN_OPENINGS[i % EN_OPENINGS.length]! },
      { role: 'agent' as const, text: `Hello, my name is Dana and I will be helping you today. I'm sorry to hear that. ${EN_STEPS[0]![i % 3]!}` },
      { role: 'customer' as const, text: 'Done, still crashing.' },
      { role: 'agent' as const, text: `${EN_STEPS[1]![(i + 1) % 3]!} ${EN_STEPS[2]![(i + 2) % 3]!}` },
      { role: 'customer' as const, text: 'Great, that worked. Thanks!' },
      { role: 'agent' as const, text: 'Glad I could help. Have a great day!' },
    ],
    resolved: true,
    escalated: false,
    repeatContact: false,
    csat: 5,
  }));
}

const ZH_OPENINGS = ['您好，App 一打开就闪退', 'App 总是闪退，打不开', '我的 App 启动就闪退了，用的是安卓 13', '打开 App 就崩溃，安卓 13'];
const ZH_STEPS = [
  ['您可以先在应用商店更新 App。', '请先到应用商店把 App 更新到最新版本。', '建议您在应用商店更新一下 App。'],
  ['更新后请重启手机。', '然后重启一下手机。', '您可以在更新完成后重启手机。'],
  ['在“设置 > 存储”里清除 App 缓存。', '请在“设置 > 存储”中清除缓存。', '您需要进入“设置 > 存储”清除 App 的缓存。'],
];

export function chineseConversations(count: number, prefix = 'zh'): DraftConversation[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    language: 'zh-CN',
    turns: [
      { role: 'customer' as const, text: ZH_OPENINGS[i % ZH_OPENINGS.length]! },
      { role: 'agent' as const, text: `您好，请稍等，我帮您查一下。${ZH_STEPS[0]![i % 3]!}` },
      { role: 'customer' as const, text: '更新了，还是闪退。' },
      { role: 'agent' as const, text: `${ZH_STEPS[1]![(i + 1) % 3]!}${ZH_STEPS[2]![(i + 2) % 3]!}` },
      { role: 'customer' as const, text: '好了，谢谢！' },
      { role: 'agent' as const, text: '不客气，还有什么可以帮您的吗？' },
    ],
    resolved: true,
    escalated: false,
    repeatContact: false,
    csat: null,
  }));
}
