import type { Bilingual, IssueGroup, IssueTemplate } from './issues/types';
import type { Random } from './random';

/** The product details a conversation mentions: the "Environment" section of a KCS article. */
export interface Environment {
  device: string;
  os: string;
  appVersion: string;
  plan: Bilingual<string>;
}

const DEVICES: Bilingual<ReadonlyArray<readonly [device: string, os: string]>> = {
  en: [
    ['iPhone 15', 'iOS 17.5'],
    ['iPhone 13', 'iOS 17.4'],
    ['Galaxy S24', 'Android 14'],
    ['Pixel 8', 'Android 14'],
    ['Galaxy A54', 'Android 13'],
    ['iPhone 16', 'iOS 18.0'],
  ],
  zh: [
    ['华为 Mate 60', 'HarmonyOS 4.2'],
    ['小米 14', 'Android 14'],
    ['iPhone 15', 'iOS 17.5'],
    ['OPPO Find X7', 'Android 14'],
    ['vivo X100', 'Android 14'],
    ['iPhone 13', 'iOS 17.4'],
  ],
};

const PLANS: Array<Bilingual<string>> = [
  { en: 'Unlimited', zh: '无限流量套餐' },
  { en: '30GB Pay Monthly', zh: '30GB 月付套餐' },
  { en: '10GB SIM Only', zh: '10GB 纯卡套餐' },
  { en: 'Family Share', zh: '家庭共享套餐' },
];

const APP_VERSIONS = ['5.2.4', '5.3.0', '5.3.0', '5.3.1'];

/** The customer's own setup (from their stream) and, for the crash, the version that crashes. */
export function pickEnvironment(
  customer: Random,
  rng: Random,
  lang: keyof Bilingual<string>,
  issue: IssueTemplate,
): Environment {
  const [device, os] = customer.pick(DEVICES[lang]);
  const plan = customer.pick(PLANS);
  const usualVersion = customer.pick(APP_VERSIONS);
  // The crash is a 5.3.0 bug: most reports come from that version, which the analysis can surface.
  const appVersion = issue.key === 'app_crash' && rng.chance(0.8) ? '5.3.0' : usualVersion;
  return { device, os, appVersion, plan };
}

/** "an iPhone", "a Pixel". */
const a = (noun: string): string => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`);
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const ASK: Record<IssueGroup, Bilingual<string[]>> = {
  account: {
    en: [
      'Which phone are you using, and which version of the app?',
      'Can you tell me your phone model and the app version? It is under Settings > About.',
    ],
    zh: [
      '请问您用的是什么手机？App 是哪个版本？',
      '麻烦说一下手机型号和 App 版本号，在“设置 > 关于”里可以看到。',
    ],
  },
  network: {
    en: [
      'Which phone do you have, and which plan are you on?',
      'What handset is it, and what plan?',
    ],
    zh: ['请问您的手机型号是什么？办理的是哪个套餐？', '您用的是什么手机，什么套餐呢？'],
  },
  billing: {
    en: ['Which plan are you on at the moment?', 'Can you confirm your current plan?'],
    zh: ['请问您目前用的是哪个套餐？', '麻烦确认一下您现在的套餐。'],
  },
  orders: {
    en: ['What did you order?', 'Which item is it about?'],
    zh: ['请问您买的是什么商品？', '是哪件商品呢？'],
  },
  devices: {
    en: ['Which model is it?', 'What phone is it, and which software version?'],
    zh: ['请问是哪款手机？', '手机型号和系统版本是什么？'],
  },
};

export const askEnvironment = (group: IssueGroup): Bilingual<string[]> => ASK[group];

/** How a customer states the environment, in the words that fit the issue's group. */
export function describeEnvironment(
  rng: Random,
  lang: keyof Bilingual<string>,
  group: IssueGroup,
  env: Environment,
): string {
  const plan = env.plan[lang];
  if (lang === 'en') {
    switch (group) {
      case 'account':
        return rng.pick([
          `It's ${a(env.device)} on ${env.os}, app version ${env.appVersion}.`,
          `${env.device}, ${env.os}, and the app says ${env.appVersion}.`,
        ]);
      case 'network':
        return rng.pick([
          `I have ${a(env.device)} on ${env.os}, on the ${plan} plan.`,
          `${env.device}, and I'm on ${plan}.`,
        ]);
      case 'billing':
        return rng.pick([`I'm on the ${plan} plan.`, `${plan}, has been for a year.`]);
      case 'orders':
        return rng.pick([`It's a new ${env.device}.`, `I ordered ${a(env.device)} and a case.`]);
      case 'devices':
        return rng.pick([
          `${capitalize(a(env.device))}, running ${env.os}.`,
          `It's the ${env.device}, bought it from you last year.`,
        ]);
    }
  }
  switch (group) {
    case 'account':
      return rng.pick([
        `手机是${env.device}，系统 ${env.os}，App 版本 ${env.appVersion}。`,
        `${env.device}，${env.os}，App 是 ${env.appVersion}。`,
      ]);
    case 'network':
      return rng.pick([
        `我用的是${env.device}，系统 ${env.os}，办的是${plan}。`,
        `${env.device}，套餐是${plan}。`,
      ]);
    case 'billing':
      return rng.pick([`我办的是${plan}。`, `${plan}，用了一年多了。`]);
    case 'orders':
      return rng.pick([`买的是一台${env.device}。`, `订的是${env.device}，还有一个手机壳。`]);
    case 'devices':
      return rng.pick([`是${env.device}，系统 ${env.os}。`, `${env.device}，去年在你们这买的。`]);
  }
}

/** The environment as an article states it. */
export const ARTICLE_ENVIRONMENT: Record<IssueGroup, Bilingual<string[]>> = {
  account: {
    en: ['Northwind app 5.2 and later', 'iOS 17 and later, Android 13 and later'],
    zh: ['Northwind App 5.2 及以上版本', 'iOS 17 及以上、Android 13 及以上、HarmonyOS 4'],
  },
  network: {
    en: ['All Northwind Mobile plans', 'iPhone and Android phones'],
    zh: ['所有 Northwind Mobile 套餐', 'iPhone 与安卓手机'],
  },
  billing: {
    en: ['Pay Monthly and SIM Only plans', 'Billing in the Northwind app and on the website'],
    zh: ['月付套餐与纯卡套餐', 'Northwind App 及官网的账单页面'],
  },
  orders: {
    en: ['Orders placed in the Northwind app or online shop'],
    zh: ['通过 Northwind App 或官网商城下的订单'],
  },
  devices: { en: ['Phones bought from Northwind Mobile'], zh: ['在 Northwind Mobile 购买的手机'] },
};
