import type { ExportArticle } from '../../electron/core/export/types';

/** An article as export targets receive it: Billing, English, a short body; the slug from the title unless given. */
export const exportArticle = (over: Partial<ExportArticle> & Pick<ExportArticle, 'id' | 'title'>): ExportArticle => ({
  slug: over.title.toLowerCase().replace(/\W+/g, '-'),
  language: 'en',
  category: 'Billing',
  section: 'Payments',
  tags: ['billing'],
  summary: `About ${over.title}`,
  html: `<h2>Resolution</h2><ol><li>Open <strong>Settings</strong>.</li></ol>`,
  markdown: `## Resolution\n\n1. Open **Settings**.\n`,
  updatedAt: '2026-11-20T10:00:00.000Z',
  translationOf: null,
  ...over,
});
