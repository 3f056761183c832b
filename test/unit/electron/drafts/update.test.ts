import { parsePatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { dot } from '../../../../electron/core/embed/embedder';
import { draftArticle } from '../../../../electron/core/drafts/draft';
import { proposeUpdate, withStepsAdded, type ArticleMatch, type SearchArticles } from '../../../../electron/core/drafts/update';
import type { Draft } from '../../../../shared/domain/draft';
import { englishConversations, lexicalEmbed } from './fixtures';

const ARTICLE = [
  'App crashes on start',
  '',
  'Issue',
  'The app closes as soon as it opens.',
  '',
  'Resolution',
  '1. Update the app from the App Store.',
  '2. Restart your iPhone after the update.',
  '',
  'Cause',
  'An old version of the app.',
].join('\n');

/** A real similarity search over a small set of articles, with the same embedder as the draft. */
function searchOver(articles: Array<Omit<ArticleMatch, 'similarity'>>): SearchArticles {
  return async (query) => {
    const [q] = await lexicalEmbed([query]);
    const vectors = await lexicalEmbed(articles.map((a) => `${a.title}\n${a.text}`));
    return articles.map((a, i) => ({ ...a, similarity: dot(q!, vectors[i]!) })).sort((a, b) => b.similarity - a.similarity);
  };
}

async function draft(): Promise<Draft> {
  const outcome = await draftArticle({ topicId: 't', conversations: englishConversations(9), embed: lexicalEmbed });
  if (!outcome.ok) throw new Error('refused');
  return outcome.draft;
}

describe('update instead of duplicate', () => {
  it('proposes the missing step as a diff against the article that covers the topic', async () => {
    const search = searchOver([
      { articleId: 'billing', title: 'Refund timing', text: 'Refunds reach your card in 5 to 7 days.' },
      { articleId: 'crash', title: 'App crashes on start', text: ARTICLE },
    ]);
    const proposal = await proposeUpdate(await draft(), search, lexicalEmbed);
    expect(proposal).not.toBeNull();
    expect(proposal!.articleId).toBe('crash');
    expect(proposal!.missingSteps.map((s) => s.text)).toEqual(['Go to Settings > Storage and clear the app cache.']);
    expect(proposal!.missingSteps[0]!.citations.length).toBeGreaterThan(0);
    const [patch] = parsePatch(proposal!.diff);
    const added = patch!.hunks.flatMap((h) => h.lines).filter((l) => l.startsWith('+'));
    expect(added).toEqual(['+3. Go to Settings > Storage and clear the app cache.']);
  });

  it('proposes nothing when no article is close enough', async () => {
    const search = searchOver([{ articleId: 'billing', title: 'Refund timing', text: 'Refunds reach your card in 5 to 7 days.' }]);
    expect(await proposeUpdate(await draft(), search, lexicalEmbed)).toBeNull();
  });

  it('adds steps at the end of the Resolution section, continuing its numbering', () => {
    expect(withStepsAdded(ARTICLE, ['Clear the cache.']).split('\n').slice(6, 10)).toEqual([
      '1. Update the app from the App Store.',
      '2. Restart your iPhone after the update.',
      '3. Clear the cache.',
      '',
    ]);
    expect(withStepsAdded('Just text.', ['Clear the cache.'])).toBe('Just text.\nClear the cache.');
    expect(withStepsAdded('问题\n闪退\n解决方法\n1. 更新 App。\n原因\n旧版本。', ['清除缓存。'])).toBe('问题\n闪退\n解决方法\n1. 更新 App。\n2. 清除缓存。\n原因\n旧版本。');
  });
});
