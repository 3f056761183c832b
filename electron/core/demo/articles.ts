import { KCS_SECTION_HEADINGS } from '../../../shared/domain/article';
import { stringify } from 'yaml';
import { ARTICLE_ENVIRONMENT } from './environment';
import { ISSUES, type IssueTemplate } from './issues';
import { DAY_MS } from './schedule';
import type { Lang, SeedArticle } from './types';
import { LANGUAGE_TAG } from './types';

/** KCS section headings as the seed articles write them, per language. */
export const KCS_HEADINGS: Record<Lang, (typeof KCS_SECTION_HEADINGS)[keyof typeof KCS_SECTION_HEADINGS]> = {
  en: KCS_SECTION_HEADINGS.en,
  zh: KCS_SECTION_HEADINGS['zh-CN'],
};

/** Covered issues that also have a Chinese translation of their article. */
const TRANSLATED = new Set([
  'bill_higher',
  'password_reset_email',
  'refund_status',
  'voicemail_setup',
  'plan_upgrade',
]);

/**
 * The eSIM article was written before QR codes became single-use: it tells customers to rescan the
 * old code and leaves out removing the failed profile and reissuing the code.
 */
const OUTDATED: Record<string, { steps: string[]; missing: number[]; ageDays: number }> = {
  esim_activation: {
    steps: [
      'Make sure you are connected to Wi-Fi.',
      'Scan the QR code from your welcome email again.',
      'Restart your phone.',
    ],
    missing: [1, 2],
    ageDays: 420,
  },
};

/** One slug per article (the importer treats a shared slug as a duplicate), the Chinese one suffixed. */
const slugOf = (key: string, lang: Lang = 'en'): string =>
  `${key.replace(/_/g, '-')}${lang === 'zh' ? '-zh' : ''}`;
const articleId = (key: string, lang: Lang): string =>
  `kb-${slugOf(key)}-${lang === 'zh' ? 'zh-cn' : 'en'}`;

/** The seed knowledge base: English articles for the covered issues, some with Chinese translations. */
export function seedArticles(now: number): SeedArticle[] {
  const articles: SeedArticle[] = [];
  ISSUES.forEach((issue, index) => {
    if (!issue.covered) return;
    articles.push(article(issue, 'en', now - (30 + index * 11) * DAY_MS));
    if (TRANSLATED.has(issue.key))
      articles.push(article(issue, 'zh', now - (20 + index * 7) * DAY_MS));
  });
  return articles;
}

/** Outdated articles and the current steps they lack, for the truth file. */
export function outdatedArticles(): Array<{
  id: string;
  issueKey: string;
  missingSteps_en: string[];
}> {
  return Object.entries(OUTDATED).map(([key, outdated]) => {
    const issue = ISSUES.find((i) => i.key === key)!;
    return {
      id: articleId(key, 'en'),
      issueKey: key,
      missingSteps_en: outdated.missing.map((i) => issue.steps[i]!.en[0]!),
    };
  });
}

function article(issue: IssueTemplate, lang: Lang, updatedMs: number): SeedArticle {
  const outdated = lang === 'en' ? OUTDATED[issue.key] : undefined;
  const id = articleId(issue.key, lang);
  const title = issue.title[lang];
  const tags = [issue.group, ...issue.key.split('_').filter((part) => part.length > 2)];
  const translationOf = lang === 'zh' ? articleId(issue.key, 'en') : null;
  const slug = slugOf(issue.key, lang);
  const front: Record<string, unknown> = {
    id,
    title,
    language: LANGUAGE_TAG[lang],
    slug,
    tags,
    updated: new Date(outdated ? updatedMs - outdated.ageDays * DAY_MS : updatedMs)
      .toISOString()
      .slice(0, 10),
  };
  // Importers link a translation by the original's slug.
  if (translationOf) front.translation_of = slugOf(issue.key, 'en');
  const h = KCS_HEADINGS[lang];
  const steps = outdated?.steps ?? issue.steps.map((step) => step[lang][0]!);
  const cause = outdated ? null : issue.cause?.[lang];
  const intro = lang === 'en' ? 'Customers tell us:' : '客户通常这样描述：';
  const sections = [
    `# ${title}`,
    `## ${h.issue}\n\n${intro}\n\n${issue.open[lang]
      .slice(0, 2)
      .map((line) => (lang === 'zh' ? `- “${line}”` : `- "${line}"`))
      .join('\n')}`,
    `## ${h.environment}\n\n${ARTICLE_ENVIRONMENT[issue.group][lang].map((line) => `- ${line}`).join('\n')}`,
    `## ${h.resolution}\n\n${steps.map((step, i) => `${i + 1}. ${step}`).join('\n')}`,
    cause ? `## ${h.cause}\n\n${cause}` : null,
  ];
  const markdown = `---\n${stringify(front)}---\n\n${sections.filter(Boolean).join('\n\n')}\n`;
  return {
    id,
    slug,
    title,
    language: LANGUAGE_TAG[lang],
    markdown,
    tags,
    issueKey: issue.key,
    translationOf,
  };
}
