import { parse } from 'yaml';
import { z } from 'zod';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const stringList = z.preprocess(
  (value) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean) : value),
  z.array(z.coerce.string()),
);

const languageOf = (value: unknown): 'en' | 'zh-CN' | undefined => {
  if (typeof value !== 'string') return undefined;
  if (/^zh/i.test(value)) return 'zh-CN';
  if (/^en/i.test(value)) return 'en';
  return undefined;
};

const dateOf = (value: unknown): string | undefined => {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : '';
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : undefined;
};

/** The front matter keys Gleaner reads; everything else is ignored. Common spellings from static-site generators are accepted. */
export interface FrontMatter {
  title?: string;
  slug?: string;
  tags?: string[];
  category?: string;
  section?: string;
  owner?: string;
  language?: 'en' | 'zh-CN';
  reviewBy?: string;
  /** The slug or title of the article this one translates. */
  translationOf?: string;
}

/** Splits YAML front matter from a Markdown body; malformed YAML is reported as an error, not guessed. */
export function parseFrontMatter(source: string): { meta: FrontMatter; body: string } {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { meta: {}, body: source.replace(/^\uFEFF/, '') };
  const raw: unknown = parse(match[1] ?? '', { maxAliasCount: 10 }) ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error('front matter is not a key: value map');
  const data = raw as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof data[key] === 'string' || typeof data[key] === 'number' ? String(data[key]).trim() : undefined);
  const tags = stringList.safeParse(data['tags'] ?? data['keywords'] ?? []);
  return {
    meta: {
      title: text('title'),
      slug: text('slug'),
      tags: tags.success ? tags.data.map((tag) => tag.trim()).filter((tag) => tag !== '' && tag.length <= 40) : [],
      category: text('category'),
      section: text('section'),
      owner: text('owner') ?? text('author'),
      language: languageOf(data['language'] ?? data['lang'] ?? data['locale']),
      reviewBy: dateOf(data['review_by'] ?? data['reviewBy'] ?? data['review-by']),
      translationOf: text('translation_of') ?? text('translationOf'),
    },
    body: source.slice(match[0].length),
  };
}
