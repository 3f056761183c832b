import enArticles from './en/articles';
import enCommon from './en/common';
import enDrafts from './en/drafts';
import enEditor from './en/editor';
import enErrors from './en/errors';
import enExport from './en/export';
import enInsights from './en/insights';
import enJobs from './en/jobs';
import enNav from './en/nav';
import enReview from './en/review';
import enSettings from './en/settings';
import enTranscripts from './en/transcripts';
import zhArticles from './zh-CN/articles';
import zhCommon from './zh-CN/common';
import zhDrafts from './zh-CN/drafts';
import zhEditor from './zh-CN/editor';
import zhErrors from './zh-CN/errors';
import zhExport from './zh-CN/export';
import zhInsights from './zh-CN/insights';
import zhJobs from './zh-CN/jobs';
import zhNav from './zh-CN/nav';
import zhReview from './zh-CN/review';
import zhSettings from './zh-CN/settings';
import zhTranscripts from './zh-CN/transcripts';
import type { Translation } from './types';

/** English is the source: every other language has exactly its namespaces and keys. */
const en = {
  common: enCommon,
  nav: enNav,
  errors: enErrors,
  jobs: enJobs,
  settings: enSettings,
  insights: enInsights,
  transcripts: enTranscripts,
  drafts: enDrafts,
  articles: enArticles,
  editor: enEditor,
  review: enReview,
  export: enExport,
} as const;

/** A namespace missing here (or a key missing in one of its files) fails `tsc`. */
const zhCN = {
  common: zhCommon,
  nav: zhNav,
  errors: zhErrors,
  jobs: zhJobs,
  settings: zhSettings,
  insights: zhInsights,
  transcripts: zhTranscripts,
  drafts: zhDrafts,
  articles: zhArticles,
  editor: zhEditor,
  review: zhReview,
  export: zhExport,
} satisfies Translation<typeof en>;

/** One namespace per feature; a feature adds its en and zh-CN files and one line in each map. */
export const resources = { en, 'zh-CN': zhCN } as const;

export type Locale = keyof typeof resources;
export type Namespace = keyof typeof en;
export const LOCALES = Object.keys(resources) as Locale[];
export const NAMESPACES = Object.keys(en) as Namespace[];

/** 'zh', 'zh-Hans', 'zh-CN'… → 'zh-CN'; anything else → 'en'. */
export const localeFor = (tag: string | undefined): Locale =>
  tag && /^zh/i.test(tag) ? 'zh-CN' : 'en';

/** Each language by its own name, as language pickers show them whatever the UI's language. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };
