import type { Bilingual } from './issues';

/** The conversational glue around an issue's steps, in both languages. */
export const AGENTS: Bilingual<string[]> = {
  en: ['Priya', 'Sam', 'Lucy', 'Tom', 'Aisha', 'Marco', 'Hannah', 'Leo'],
  zh: ['小王', '李娜', '张伟', '小陈', '刘洋', '小周', '王芳', '赵磊'],
};
export const GREETING: Bilingual<string[]> = {
  en: [
    'Hi, this is {agent} from Northwind Mobile, happy to help.',
    'Hello! {agent} here from Northwind support.',
    "Thanks for reaching out, I'm {agent}.",
  ],
  zh: [
    '您好，我是 Northwind 客服{agent}，很高兴为您服务。',
    '您好！我是{agent}，请问有什么可以帮您？',
    '感谢您的来信，我是客服{agent}。',
  ],
};
export const ASK_DEVICE: Bilingual<string[]> = {
  en: [
    'Could you tell me which phone and app version you are using?',
    'Which device are you on, and which version of the app?',
  ],
  zh: ['请问您用的是什么手机，App 是哪个版本？', '方便告诉我一下手机型号和 App 版本吗？'],
};
export const DEVICES: Bilingual<string[]> = {
  en: [
    "I'm on an iPhone 14 with iOS 17.4, app version 5.3.0.",
    'Samsung Galaxy S23, Android 14, app 5.2.1.',
    "It's a Pixel 8 on Android 14, the app says 5.3.0.",
    'iPhone 12, iOS 16.7, app version 5.1.4.',
  ],
  zh: [
    '我用的是 iPhone 14，iOS 17.4，App 版本 5.3.0。',
    '华为 Mate 60，鸿蒙 4.0，App 5.2.1。',
    '小米 14，安卓 14，App 显示 5.3.0。',
    'iPhone 12，iOS 16.7，App 版本 5.1.4。',
  ],
};
export const ACK: Bilingual<string[]> = {
  en: ['OK, done.', 'Done that.', 'Alright.', 'OK, one sec… done.'],
  zh: ['好的，弄好了。', '已经操作了。', '嗯，好了。', '稍等……好了。'],
};
export const THANKS: Bilingual<string[]> = {
  en: ['That worked, thank you!', 'Brilliant, it works now. Thanks!', 'Sorted, thanks a lot.'],
  zh: ['可以了，谢谢！', '好了，现在正常了，谢谢！', '解决了，非常感谢。'],
};
export const CLOSING: Bilingual<string[]> = {
  en: ["Glad that's sorted. Anything else I can help with?", 'Great to hear. Have a lovely day!'],
  zh: ['不客气，还有其他可以帮您的吗？', '很高兴帮到您，祝您生活愉快！'],
};
export const LATER: Bilingual<string[]> = {
  en: ["OK, I'll try that later.", "Fine, I'll give it a go tonight."],
  zh: ['好的，我晚点试试。', '行，我今晚试一下。'],
};
export const STILL_BROKEN: Bilingual<string[]> = {
  en: ["I've done that and it still doesn't work.", 'Still the same, nothing changed.'],
  zh: ['我照做了，还是不行。', '还是老样子，没有任何变化。'],
};
export const TRANSFER: Bilingual<string[]> = {
  en: [
    "I'm sorry about this. I'm transferring you to our specialist team who can look into your account.",
    "Let me escalate this to our second line team, they'll take it from here.",
  ],
  zh: [
    '非常抱歉，我这边为您转接二线专员进一步处理。',
    '这个问题我帮您升级到技术部门处理，请稍等。',
  ],
};
export const NEGATIVE_END: Bilingual<string[]> = {
  en: ['This is really frustrating.', "Honestly this is terrible service, I'm very disappointed."],
  zh: ['真的太让人失望了。', '说实话服务太差了，非常不满意。'],
};
export const CAME_BACK: Bilingual<string[]> = {
  en: [
    'I contacted you {days} days ago about this and it is still not fixed.',
    'Me again, the problem from last week is back.',
  ],
  zh: ['我{days}天前就联系过你们，问题到现在还没解决。', '又是我，上次那个问题又出现了。'],
};
export const BOT_HELLO: Bilingual<string[]> = {
  en: ["Hi! I'm the Northwind assistant. What can I help with today?"],
  zh: ['您好，我是 Northwind 智能助手，请问有什么可以帮您？'],
};
export const BOT_HANDOFF: Bilingual<string[]> = {
  en: ["I'll connect you with a member of our team."],
  zh: ['正在为您转接人工客服，请稍候。'],
};
export const PII: Bilingual<string[]> = {
  en: [
    'My email is {email}.',
    'You can call me on +44 7700 {phone}.',
    'My order number is {order}.',
    'Card ending — actually the full number is 4111 1111 1111 1111.',
  ],
  zh: ['我的邮箱是 {email}。', '我的手机号是 138{phone8}。', '订单号：{order}。'],
};
