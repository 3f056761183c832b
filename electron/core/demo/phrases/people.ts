import type { Bilingual } from '../issues/types';

/** Names and details of the people in the demo. All invented; emails use reserved example domains. */
export const AGENT_NAMES: Bilingual<string[]> = {
  en: [
    'Priya',
    'Tom',
    'Sarah',
    'James',
    'Aisha',
    'Daniel',
    'Megan',
    'Luis',
    'Hannah',
    'Kwame',
    'Olivia',
    'Ben',
  ],
  zh: ['小林', '小陈', '小王', '阿杰', '小雅', '小周', '晓婷', '小吴', '思远', '佳怡'],
};

export const BOT_NAME: Bilingual<string> = { en: 'Nova', zh: '小北' };

export const FIRST_NAMES_EN = [
  'Emma',
  'Oliver',
  'Amelia',
  'Jack',
  'Sophie',
  'Harry',
  'Chloe',
  'Mohammed',
  'Grace',
  'Ethan',
  'Zara',
  'Liam',
  'Ruth',
  'Noah',
  'Maya',
  'Connor',
];
export const LAST_NAMES_EN = [
  'Clarke',
  'Patel',
  'Okafor',
  'Hughes',
  'Nguyen',
  'Murphy',
  'Khan',
  'Evans',
  'Rossi',
  'Walsh',
  'Bennett',
  'Kowalski',
  'Reid',
  'Ahmed',
];

/** Chinese names with their pinyin, so a customer's email address can match their name. */
export const NAMES_ZH: ReadonlyArray<readonly [string, string]> = [
  ['王芳', 'wangfang'],
  ['李伟', 'liwei'],
  ['张静', 'zhangjing'],
  ['刘洋', 'liuyang'],
  ['陈杰', 'chenjie'],
  ['杨敏', 'yangmin'],
  ['赵磊', 'zhaolei'],
  ['黄丽', 'huangli'],
  ['周强', 'zhouqiang'],
  ['吴婷', 'wuting'],
  ['徐鹏', 'xupeng'],
  ['孙悦', 'sunyue'],
  ['马晓东', 'maxiaodong'],
  ['胡佳', 'hujia'],
  ['郭子涵', 'guozihan'],
  ['林晓燕', 'linxiaoyan'],
];

export const EMAIL_DOMAINS: Bilingual<string[]> = {
  en: ['example.com', 'example.org', 'mail.example.net'],
  zh: ['example.cn', 'mail.example.com', 'example.com'],
};

/** Time zones customers write from, as offsets in minutes; Chinese customers are in UTC+8. */
export const OFFSETS_MINUTES: Bilingual<number[]> = {
  en: [0, 0, 60, -300, -300, -480, 600, 330],
  zh: [480],
};
