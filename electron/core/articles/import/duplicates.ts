import { slugify } from '../../../../shared/domain/article';

export interface Comparable {
  id: string;
  slug: string;
  title: string;
  text: string;
}

export type DuplicateReason = 'slug' | 'title' | 'text';

/** Shingles of three words (of three characters for CJK), so reordering a phrase or two barely changes the set. */
function shingles(text: string): Set<string> {
  const tokens = text.normalize('NFKC').toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i += 1) out.add(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
  if (out.size === 0 && tokens.length > 0) out.add(tokens.join(' '));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Near-identical text: the same article re-exported, with small edits or a changed title. */
export const NEAR_DUPLICATE = 0.95;

/** An index of existing articles that answers "is this one already here?" */
export class DuplicateIndex {
  private readonly bySlug = new Map<string, string>();
  private readonly byTitle = new Map<string, string>();
  private readonly texts: Array<{ id: string; shingles: Set<string> }> = [];

  constructor(existing: Iterable<Comparable>) {
    for (const item of existing) this.add(item);
  }

  add(item: Comparable): void {
    this.bySlug.set(item.slug, item.id);
    const title = normalizeTitle(item.title);
    if (title) this.byTitle.set(title, item.id);
    this.texts.push({ id: item.id, shingles: shingles(bodyOf(item)) });
  }

  find(candidate: Omit<Comparable, 'id'>): { id: string; reason: DuplicateReason } | null {
    const slugHit = this.bySlug.get(candidate.slug);
    if (slugHit) return { id: slugHit, reason: 'slug' };
    const titleHit = this.byTitle.get(normalizeTitle(candidate.title));
    if (titleHit) return { id: titleHit, reason: 'title' };
    const mine = shingles(bodyOf(candidate));
    if (mine.size < 5) return null;
    for (const other of this.texts) if (jaccard(mine, other.shingles) >= NEAR_DUPLICATE) return { id: other.id, reason: 'text' };
    return null;
  }
}

/** The text without a leading heading that repeats the title: a renamed copy differs there first. */
function bodyOf(item: { title: string; text: string }): string {
  const text = item.text.trimStart();
  return item.title && text.startsWith(item.title) ? text.slice(item.title.length) : text;
}

const normalizeTitle = (title: string): string => slugify(title, '');
