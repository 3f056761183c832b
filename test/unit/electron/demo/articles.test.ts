import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { KCS_HEADINGS } from '../../../../electron/core/demo/articles';
import { generateDemo } from '../../../../electron/core/demo/generate';
import { ISSUES } from '../../../../electron/core/demo/issues';

const NOW = Date.parse('2025-03-01T09:00:00Z');

/** Front matter and the level-2 sections of a Markdown article. */
function split(markdown: string): {
  front: Record<string, unknown>;
  sections: Map<string, string>;
} {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error('no front matter');
  const sections = new Map<string, string>();
  for (const part of match[2]!.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    sections.set(heading!.trim(), body.join('\n').trim());
  }
  return { front: parse(match[1]!) as Record<string, unknown>, sections };
}

describe('seed articles', () => {
  const { articles, truth } = generateDemo({ seed: 1, conversations: 200, now: NOW });

  it('parse as Markdown with front matter and KCS sections', () => {
    expect(articles.length).toBeGreaterThanOrEqual(10);
    for (const article of articles) {
      const { front, sections } = split(article.markdown);
      expect(front).toMatchObject({
        id: article.id,
        title: article.title,
        language: article.language,
        slug: article.slug,
      });
      expect(Date.parse(String(front.updated))).toBeLessThan(NOW);
      const h = KCS_HEADINGS[article.language === 'zh-CN' ? 'zh' : 'en'];
      for (const heading of [h.issue, h.environment, h.resolution])
        expect(sections.get(heading), `${article.id} ${heading}`).toBeTruthy();
      expect(sections.get(h.resolution)).toMatch(/^1\. .+\n2\. /);
      expect(article.markdown).toContain(`# ${article.title}\n`);
    }
  });

  it('link Chinese translations to their English article', () => {
    const translations = articles.filter((a) => a.language === 'zh-CN');
    expect(translations.length).toBeGreaterThanOrEqual(3);
    for (const zh of translations) {
      const en = articles.find((a) => a.id === zh.translationOf);
      expect(en?.language).toBe('en');
      expect(en?.issueKey).toBe(zh.issueKey);
      expect(split(zh.markdown).front.translation_of).toBe(en?.slug);
    }
  });

  it('cover exactly the issues the truth calls covered, with their current steps except the outdated one', () => {
    const coveredKeys = truth.issues
      .filter((i) => i.covered)
      .map((i) => i.key)
      .sort();
    expect([...new Set(articles.map((a) => a.issueKey))].sort()).toEqual(coveredKeys);
    const outdatedIds = new Set(truth.outdatedArticles.map((o) => o.id));
    expect(outdatedIds.size).toBe(1);
    for (const article of articles.filter((a) => a.language === 'en')) {
      const steps = ISSUES.find((i) => i.key === article.issueKey)!.steps.map((s) => s.en[0]!);
      const resolution = split(article.markdown).sections.get('Resolution')!;
      const present = steps.filter((step) => resolution.includes(step));
      if (outdatedIds.has(article.id)) {
        const missing = truth.outdatedArticles[0]!.missingSteps_en;
        expect(missing.length).toBeGreaterThan(0);
        for (const step of missing) expect(resolution).not.toContain(step);
      } else {
        expect(present).toEqual(steps);
      }
    }
  });
});
