import type { Bilingual } from '../issues/types';

type Phrases = Bilingual<string[]>;

/** What the virtual assistant says, and what customers say to it. Placeholders: {bot}, {title}, {agent}. */
export const BOT_GREETING: Phrases = {
  en: [
    "Hi, I'm {bot}, Northwind's virtual assistant. Tell me in a few words what you need help with.",
    'Hello! {bot} here. What can I help you with today?',
  ],
  zh: [
    '您好，我是 Northwind 智能助手{bot}，请简单描述一下您遇到的问题。',
    '您好～我是{bot}，请问有什么可以帮您？',
  ],
};

export const BOT_STEPS_INTRO: Phrases = {
  en: [
    'I can help with "{title}". Here is what usually fixes it:',
    'Sure. For "{title}", try these steps:',
  ],
  zh: ['关于“{title}”，您可以按以下步骤操作：', '好的，“{title}”可以这样处理：'],
};
export const BOT_CHECK: Phrases = {
  en: ['Did that solve it?', 'Is it working now?'],
  zh: ['以上方法是否解决了您的问题？', '请问问题解决了吗？'],
};
export const BOT_CHECK_INFO: Phrases = {
  en: ['Did that answer your question?', 'Does that help?'],
  zh: ['请问以上信息对您有帮助吗？', '这样说清楚了吗？'],
};
export const BOT_THANKS: Phrases = {
  en: ['Great, glad I could help!', 'Happy to hear it. Have a good day!'],
  zh: ['太好了，感谢您的使用，祝您生活愉快！', '很高兴能帮到您～'],
};
export const CUSTOMER_WANTS_PERSON: Phrases = {
  en: [
    "No, that didn't help. Can I talk to a person?",
    'agent please',
    'None of that works, I need to speak to a human.',
  ],
  zh: ['没用，转人工', '人工客服', '还是不行，帮我转人工吧'],
};
export const BOT_HANDOFF: Phrases = {
  en: [
    "No problem, I'm connecting you with a member of our team now.",
    'Let me transfer you to a human agent, one moment.',
  ],
  zh: ['好的，正在为您转接人工客服，请稍候。', '马上为您转接人工客服，请稍等。'],
};
export const HANDOFF_SYSTEM: Bilingual<string> = {
  en: 'Conversation handed over to {agent}.',
  zh: '会话已转接至人工客服{agent}。',
};
export const AGENT_AFTER_HANDOFF: Phrases = {
  en: [
    "Hi, {agent} here. I've read your conversation with {bot}, let me help.",
    'Hello, this is {agent}, taking over from {bot}.',
  ],
  zh: [
    '您好，我是人工客服{agent}，刚才的对话记录我已经看过了。',
    '您好，{agent}为您服务，前面的情况我了解了。',
  ],
};
export const CUSTOMER_LATER: Phrases = {
  en: ["ok I'll try that later", 'fine, will check tonight'],
  zh: ['好吧，我晚点试试', '行，我回头再弄'],
};
export const BOT_COME_BACK: Phrases = {
  en: ['No problem. You can come back any time.', 'Okay! Message me again if you need anything.'],
  zh: ['好的，有需要随时来找我哦。', '好的，如有问题欢迎随时咨询。'],
};
