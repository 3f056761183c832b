import type { Bilingual } from '../issues/types';

type Phrases = Bilingual<string[]>;

/**
 * What human agents and customers say around the resolution itself. Placeholders: {agent}, {name},
 * {id} (an agent's staff number), {ago} (when the customer last got in touch).
 */
export const AGENT_GREETING: Record<'chat' | 'voice', Phrases> = {
  chat: {
    en: [
      "Hi, you're chatting with {agent} from Northwind Mobile. How can I help today?",
      'Hello! {agent} here from the Northwind support team. What can I do for you?',
      'Hi there, thanks for reaching out to Northwind. My name is {agent}, how can I help?',
      'Good to have you here. I am {agent}, what can I help you with?',
    ],
    zh: [
      '您好，Northwind Mobile 在线客服{agent}为您服务，请问有什么可以帮您？',
      '您好，我是客服{agent}，很高兴为您服务～请问遇到什么问题了？',
      '您好！感谢联系 Northwind，我是{agent}，请问有什么需要帮忙的吗？',
    ],
  },
  voice: {
    en: [
      "Thank you for calling Northwind Mobile, you're speaking with {agent}. How can I help?",
      'Northwind Mobile, {agent} speaking, how can I help you today?',
      'Hi, thanks for holding. This is {agent} at Northwind, what can I do for you?',
    ],
    zh: [
      '您好，Northwind Mobile 客服热线，{id} 号客服{agent}为您服务。',
      '您好，这里是 Northwind 客服中心，我是{agent}，请问有什么可以帮您？',
      '您好，感谢您的耐心等待，我是{agent}，请讲。',
    ],
  },
};

export const CUSTOMER_HELLO: Phrases = {
  en: ['Hi', 'Hello', 'Hey', 'Hi there', 'Good morning', 'Hiya'],
  zh: ['你好', '您好', '在吗', '你好呀', '客服你好'],
};

export const FOLLOW_UP: Phrases = {
  en: [
    "I got in touch {ago} about this and it's still not sorted.",
    'This is my second time contacting you about this.',
    'I spoke to someone {ago} and the problem is still there.',
    'Following up from {ago}, same problem.',
  ],
  zh: [
    '我{ago}已经联系过你们了，问题还是没解决。',
    '这个问题我已经是第二次来问了。',
    '{ago}跟你们客服说过，到现在还是这样。',
    '还是{ago}那个问题，一直没弄好。',
  ],
};

export const AGO: Record<'one' | 'two' | 'few', Bilingual<string>> = {
  one: { en: 'yesterday', zh: '昨天' },
  two: { en: 'two days ago', zh: '前天' },
  few: { en: 'a few days ago', zh: '前几天' },
};

export const LATE_RETURN: Phrases = {
  en: [
    'I had this same problem a few weeks ago and now it has happened again.',
    'Not the first time I have had this, it was fixed a couple of weeks ago but it is back.',
  ],
  zh: ['之前也遇到过这个问题，当时解决了，现在又出现了。', '前阵子就碰到过一次，没想到又来了。'],
};

export const ACKNOWLEDGE: Phrases = {
  en: [
    "Sorry to hear that, let's get it sorted.",
    "I'm sorry about the trouble, I can help with that.",
    'Thanks for explaining, I understand how annoying that is.',
    "No problem, I'll walk you through it.",
  ],
  zh: [
    '非常抱歉给您带来不便，我来帮您处理。',
    '理解您的心情，我们一起来看一下。',
    '好的，明白了，我这边帮您看看。',
    '抱歉让您久等了，这个问题我来协助您。',
  ],
};

export const ACKNOWLEDGE_HOWTO: Phrases = {
  en: [
    'Sure, I can help with that.',
    'Of course, happy to help.',
    'Good question, let me explain.',
  ],
  zh: ['好的，我来为您说明一下。', '没问题，我来教您操作。', '可以的，我跟您说一下具体步骤。'],
};

export const STEP_FIRST: Phrases = {
  en: ['First, ', "Let's start with this: ", 'OK, first of all, '],
  zh: ['首先，', '第一步，', '您先看一下：'],
};
export const STEP_NEXT: Phrases = {
  en: ['Next, ', 'Then ', 'After that, ', 'Now '],
  zh: ['然后，', '接下来，', '下一步，'],
};
export const STEP_LAST: Phrases = {
  en: ['Finally, ', 'Last thing: ', 'And lastly, '],
  zh: ['最后，', '最后一步，'],
};
export const STEP_LIST_INTRO: Phrases = {
  en: ["Here's what to do:", 'Please follow these steps:', 'This should fix it:'],
  zh: ['请按以下步骤操作：', '您可以这样处理：', '按下面的步骤来就可以：'],
};

export const CUSTOMER_ACK: Record<'chat' | 'voice', Phrases> = {
  chat: {
    en: ['ok', 'Done.', 'ok done that', 'Right, done', 'Okay, one sec... done', 'yep'],
    zh: ['好的', '弄好了', '好了', '嗯，设置好了', '稍等……好了'],
  },
  voice: {
    en: ['Okay.', 'Right, yes.', 'Mm-hm, done.', 'Yeah, got it.'],
    zh: ['嗯，好。', '好的，弄好了。', '嗯嗯。', '好，我记一下。'],
  },
};

export const CAUSE_INTRO: Phrases = {
  en: ['For what it is worth, ', 'In case you wondered why: ', ''],
  zh: ['补充说明一下，', '顺便跟您说一下，', ''],
};

export const CONFIRM_FIXED: Phrases = {
  en: [
    'That worked, thank you!',
    "Brilliant, it's working now.",
    'Perfect, all sorted. Thanks!',
    'Yes! That fixed it.',
    'great thanks, working now',
  ],
  zh: ['好了好了，可以了，谢谢！', '搞定了，谢谢你', '可以了，太感谢了', '解决了，辛苦了'],
};
export const CONFIRM_HOWTO: Phrases = {
  en: [
    "Great, that's clear. Thanks!",
    'Got it, thank you.',
    'Perfect, that is all I needed.',
    'ok thanks, very helpful',
  ],
  zh: ['明白了，谢谢！', '好的，清楚了，谢谢', '好的，知道怎么弄了，谢谢你', '了解了，辛苦了'],
};

export const AGENT_CLOSING: Phrases = {
  en: [
    "Glad that's sorted! Anything else I can help with?",
    "You're welcome. Have a great day!",
    'Happy to help. Take care!',
  ],
  zh: [
    '不客气，请问还有其他可以帮您的吗？',
    '很高兴帮到您，祝您生活愉快！',
    '不客气～有问题随时联系我们。',
  ],
};
export const CUSTOMER_BYE: Phrases = {
  en: ["No, that's all.", 'Nope, thanks!', 'That was it, bye.'],
  zh: ['没有了，谢谢。', '没了，拜拜', '好的，再见'],
};

export const PUSH_BACK: Phrases = {
  en: [
    "I've already tried that, it still doesn't work.",
    'Nope, still the same.',
    "That didn't change anything.",
    'Did that twice already, no luck.',
  ],
  zh: ['这个我已经试过了，还是不行。', '还是一样。', '没用啊，还是老样子。', '试了两遍了，不行。'],
};

export const TRANSFER: Record<'live' | 'email', Phrases> = {
  live: {
    en: [
      "I'm sorry, this needs a closer look. Let me transfer you to a specialist who can check your account.",
      "Thanks for your patience. I'm going to transfer you to our technical team, they can see more than I can.",
      "I'll put you through to a specialist now, please hold the line.",
    ],
    zh: [
      '非常抱歉，这个问题需要进一步核查，我现在为您转接二线专员处理。',
      '请您稍等，我为您转接技术专家。',
      '这边帮您转接相关部门，请不要挂机。',
    ],
  },
  email: {
    en: [
      "I've escalated your case to our specialist team, who will contact you within 24 hours.",
      'I have raised a ticket with our back office team so they can look into this for you.',
    ],
    zh: [
      '我已将您的问题升级到二线团队处理，24 小时内会有专人联系您。',
      '已为您提交给技术部门进一步排查，请留意后续通知。',
    ],
  },
};

export const STALL: Phrases = {
  en: [
    "I've added a note to your account. This usually sorts itself out within a day or two.",
    'Give it 24 hours and it should be fine. If not, let us know.',
  ],
  zh: [
    '我这边已经给您备注了，一般一两天内就会处理好，请您再等等。',
    '建议您先等 24 小时看看，一般就正常了。',
  ],
};
export const GIVE_UP_FOR_NOW: Phrases = {
  en: [
    "OK, I'll have to try that later, I'm not at home right now.",
    "Alright, I'll give it a go and see.",
    "Fine, I'll wait then.",
  ],
  zh: ['好吧，我现在不方便，晚点再试。', '行，那我先等等看。', '好的，我回去试一下。'],
};
export const COME_BACK_IF_NEEDED: Phrases = {
  en: [
    "No problem. If it's still not working, just get back in touch.",
    'Sure, do message us again if it keeps happening.',
  ],
  zh: ['好的，如果还有问题随时联系我们。', '好的，之后如果还是不行再来找我们。'],
};

export const NEGATIVE: Record<'mild' | 'angry', Phrases> = {
  mild: {
    en: [
      'Took ages to get here though, I was waiting 40 minutes.',
      'Honestly it should not be this hard.',
      'Bit disappointed it took this long.',
    ],
    zh: [
      '不过排队等了四十分钟，体验真的很差。',
      '说实话，这么简单的事搞这么久，挺失望的。',
      '就是等太久了，有点不满意。',
    ],
  },
  angry: {
    en: [
      'This is ridiculous.',
      'Honestly this is terrible service.',
      "I'm really frustrated, I've wasted hours on this.",
      'Really disappointed with Northwind right now.',
    ],
    zh: [
      '太离谱了。',
      '你们的服务真的太差了。',
      '真的很无语，折腾好几次了。',
      '对 Northwind 太失望了。',
    ],
  },
};

/** Agents check who they are talking to; customers answer with personal data that redaction must catch. */
export const VERIFY: Record<'email' | 'phone', Phrases> = {
  email: {
    en: [
      'Before I look into it, can I take the email address on the account?',
      'Could you confirm the email you signed up with?',
    ],
    zh: ['请先提供一下注册时用的邮箱，我核实一下账户。', '麻烦告诉我账户绑定的邮箱地址。'],
  },
  phone: {
    en: [
      'Could you confirm the mobile number on the account, please?',
      'Can I have the phone number on the account first?',
    ],
    zh: ['为了核实身份，麻烦提供一下账户绑定的手机号。', '请先报一下您的手机号码。'],
  },
};
export const VERIFY_ANSWER: Record<'email' | 'phone', Phrases> = {
  email: {
    en: ["Sure, it's {value}", '{value}', 'It should be {value}'],
    zh: ['{value}', '邮箱是 {value}', '是 {value}'],
  },
  phone: {
    en: ["It's {value}", '{value}', 'Sure, {value}'],
    zh: ['{value}', '手机号 {value}', '是 {value}'],
  },
};
export const ORDER_NUMBER: Phrases = {
  en: ['Order number is {value}.', 'The order number is {value}.'],
  zh: ['订单号是 {value}。', '订单号：{value}'],
};
export const CARD_SLIP: Phrases = {
  en: ['The card is {value} if that helps', 'my card number is {value}'],
  zh: ['卡号是 {value}', '我的卡号 {value}'],
};
export const PHONE_SIGNATURE: Phrases = {
  en: ['Mob: {value}', 'Tel {value}'],
  zh: ['电话：{value}', '手机 {value}'],
};
export const EMAIL_HELLO: Phrases = {
  en: ['Hello,', 'Hi Northwind,', 'Hi team,', 'To whom it may concern,'],
  zh: ['你好，', '客服你好：', '您好！'],
};
export const TRANSFERRED_SYSTEM: Bilingual<string> = {
  en: 'Transferred to the Tier 2 support queue.',
  zh: '已转入二线支持队列。',
};

export const CARD_WARNING: Bilingual<string> = {
  en: "Thanks, but please don't share full card numbers here. The last four digits are all I need.",
  zh: '为了您的账户安全，请不要发送完整卡号，提供后四位就可以了。',
};

export const EMAIL_OPENING: Phrases = {
  en: ['Hi {name},\n\nThanks for getting in touch.', 'Dear {name},\n\nThank you for your email.'],
  zh: ['{name}您好：\n\n感谢您的来信。', '尊敬的{name}：\n\n您好，来信已收到。'],
};
export const EMAIL_SIGNATURE: Phrases = {
  en: [
    'Kind regards,\n{agent}\nNorthwind Mobile Support',
    'Best wishes,\n{agent} | Northwind Customer Care',
  ],
  zh: ['祝好！\nNorthwind 客户服务中心 {agent}', 'Northwind 客服 {agent} 敬上'],
};
export const CUSTOMER_EMAIL_SIGN_OFF: Phrases = {
  en: ['Thanks,', 'Regards,', 'Cheers,', 'Thank you'],
  zh: ['谢谢！', '麻烦尽快处理，谢谢。', '盼复。'],
};
