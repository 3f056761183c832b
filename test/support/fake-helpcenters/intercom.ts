import { FakeApi } from './server';

interface Article {
  id: string;
  title: string;
  body: string;
  author_id: number;
  state: string;
  parent_id: number | null;
  translated_content: Record<string, { title: string; body: string }>;
}

/** Intercom Articles API (collections, articles, translated_content) with Bearer auth. */
export function fakeIntercom(token = 'ic-token') {
  let nextId = 500;
  const collections: Array<{ id: string; name: string }> = [];
  const articles = new Map<string, Article>();
  const error = (status: number, code: string, message: string) => ({ status, body: { type: 'error.list', errors: [{ code, message }] } });
  const api = new FakeApi(
    [
      ['GET', '/me', () => ({ status: 200, body: { type: 'admin', id: '42', name: 'Ada' } })],
      ['GET', '/help_center/collections', () => ({ status: 200, body: { type: 'list', data: collections } })],
      ['POST', '/help_center/collections', (req) => {
        const name = (req.body as { name?: string }).name;
        if (!name) return error(400, 'parameter_not_found', 'Name is a required parameter.');
        const collection = { id: String(nextId++), name };
        collections.push(collection);
        return { status: 200, body: { type: 'collection', ...collection } };
      }],
      ['POST', '/articles', (req) => {
        const input = req.body as Partial<Article>;
        if (!input.title) return error(400, 'parameter_not_found', 'title is a required parameter.');
        if (!input.author_id) return error(400, 'parameter_not_found', 'author_id is a required parameter.');
        if (input.parent_id !== undefined && !collections.some((c) => Number(c.id) === input.parent_id)) return error(404, 'not_found', 'Parent not found');
        const article: Article = { id: String(nextId++), title: input.title, body: input.body ?? '', author_id: input.author_id, state: input.state ?? 'draft', parent_id: input.parent_id ?? null, translated_content: {} };
        articles.set(article.id, article);
        return { status: 200, body: { type: 'article', ...article } };
      }],
      ['GET', '/articles/search', (req) => {
        // Full-text search: every word of the phrase, in any case, in the title or body.
        const words = (req.query.get('phrase') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        const state = req.query.get('state') ?? 'published';
        const found = [...articles.values()].filter((a) => (state === 'all' || a.state === state) && words.every((w) => `${a.title} ${a.body}`.toLowerCase().includes(w)));
        const perPage = Number(req.query.get('per_page') ?? 10);
        const page = Number(req.query.get('page') ?? 1);
        const totalPages = Math.max(1, Math.ceil(found.length / perPage));
        return {
          status: 200,
          body: {
            type: 'list',
            total_count: found.length,
            data: { articles: found.slice((page - 1) * perPage, page * perPage).map((a) => ({ type: 'article', ...a, parent_type: a.parent_id === null ? null : 'collection' })) },
            pages: { type: 'pages', page, per_page: perPage, total_pages: totalPages, ...(page < totalPages ? { next: { page: page + 1 } } : {}) },
          },
        };
      }],
      ['PUT', '/articles/:id', (req) => {
        const article = articles.get(req.params.id ?? '');
        if (!article) return error(404, 'not_found', 'Resource Not Found');
        const input = req.body as Partial<Article>;
        Object.assign(article, { title: input.title ?? article.title, body: input.body ?? article.body, state: input.state ?? article.state });
        for (const [locale, content] of Object.entries(input.translated_content ?? {})) article.translated_content[locale] = { title: content.title, body: content.body };
        return { status: 200, body: { type: 'article', ...article } };
      }],
    ],
    (headers) => headers.authorization === `Bearer ${token}`,
    { type: 'error.list', errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }] },
  );
  return { api, collections, articles };
}
