import enCommon from './en/common';
import enErrors from './en/errors';
import enJobs from './en/jobs';
import enNav from './en/nav';
import enScreens from './en/screens';
import enSettings from './en/settings';
import zhCommon from './zh-CN/common';
import zhErrors from './zh-CN/errors';
import zhJobs from './zh-CN/jobs';
import zhNav from './zh-CN/nav';
import zhScreens from './zh-CN/screens';
import zhSettings from './zh-CN/settings';

/** One namespace per feature; a feature adds its en and zh-CN files here. */
export const resources = {
  en: { common: enCommon, nav: enNav, errors: enErrors, screens: enScreens, settings: enSettings, jobs: enJobs },
  'zh-CN': { common: zhCommon, nav: zhNav, errors: zhErrors, screens: zhScreens, settings: zhSettings, jobs: zhJobs },
} as const;

export type Locale = keyof typeof resources;
export const LOCALES = Object.keys(resources) as Locale[];
export const NAMESPACES = Object.keys(resources.en) as Array<keyof (typeof resources)['en']>;

/** 'zh', 'zh-Hans', 'zh-CN'… → 'zh-CN'; anything else → 'en'. */
export const localeFor = (tag: string | undefined): Locale => (tag && /^zh/i.test(tag) ? 'zh-CN' : 'en');
