import { FakeApi } from './server';

interface Article {
  id: number;
  folder_id: number;
  title: string;
  description: string;
  status: number;
  tags: string[];
  translations: Record<string, { title: string; description: string }>;
}

/** Freshdesk Solutions API (categories, folders, articles, translations) with Basic apikey:X auth. */
export function fakeFreshdesk(apiKey = 'fd-key') {
  let nextId = 9000;
  const categories: Array<{ id: number; name: string }> = [];
  const folders: Array<{ id: number; name: string; category_id: number; visibility: number }> = [];
  const articles = new Map<number, Article>();
  const validation = (field: string) => ({ status: 400, body: { description: 'Validation failed', errors: [{ field, message: "It should be a/an String", code: 'missing_field' }] } });
  const notFound = { status: 404, body: {} };
  const api = new FakeApi(
    [
      ['GET', '/api/v2/solutions/categories', () => ({ status: 200, body: categories })],
      ['POST', '/api/v2/solutions/categories', (req) => {
        const name = (req.body as { name?: string }).name;
        if (!name) return validation('name');
        const category = { id: nextId++, name };
        categories.push(category);
        return { status: 201, body: category };
      }],
      ['GET', '/api/v2/solutions/categories/:id/folders', (req) => ({ status: 200, body: folders.filter((f) => f.category_id === Number(req.params.id)) })],
      ['POST', '/api/v2/solutions/categories/:id/folders', (req) => {
        const input = req.body as { name?: string; visibility?: number };
        if (!categories.some((c) => c.id === Number(req.params.id))) return notFound;
        if (!input.name) return validation('name');
        if (input.visibility === undefined) return validation('visibility');
        const folder = { id: nextId++, name: input.name, category_id: Number(req.params.id), visibility: input.visibility };
        folders.push(folder);
        return { status: 201, body: folder };
      }],
      ['POST', '/api/v2/solutions/folders/:id/articles', (req) => {
        const input = req.body as { title?: string; description?: string; status?: number; tags?: string[] };
        if (!folders.some((f) => f.id === Number(req.params.id))) return notFound;
        if (!input.title) return validation('title');
        if (input.status !== 1 && input.status !== 2) return validation('status');
        const article: Article = { id: nextId++, folder_id: Number(req.params.id), title: input.title, description: input.description ?? '', status: input.status, tags: input.tags ?? [], translations: {} };
        articles.set(article.id, article);
        return { status: 201, body: article };
      }],
      ['GET', '/api/v2/solutions/folders/:id/articles', (req) => {
        if (!folders.some((f) => f.id === Number(req.params.id))) return notFound;
        const perPage = Math.min(100, Number(req.query.get('per_page') ?? 30));
        const page = Number(req.query.get('page') ?? 1);
        const inFolder = [...articles.values()].filter((a) => a.folder_id === Number(req.params.id));
        return { status: 200, body: inFolder.slice((page - 1) * perPage, page * perPage).map(({ translations: _t, ...a }) => a) };
      }],
      ['GET', '/api/v2/solutions/articles/:id/:lang', (req) => {
        const translation = articles.get(Number(req.params.id))?.translations[req.params.lang ?? ''];
        return translation ? { status: 200, body: { id: Number(req.params.id), language: req.params.lang, ...translation } } : notFound;
      }],
      ['PUT', '/api/v2/solutions/articles/:id', (req) => {
        const article = articles.get(Number(req.params.id));
        if (!article) return notFound;
        const input = req.body as Partial<Article>;
        // tags, when sent, replace the article's tags.
        Object.assign(article, { title: input.title ?? article.title, description: input.description ?? article.description, status: input.status ?? article.status, tags: input.tags ?? article.tags });
        return { status: 200, body: article };
      }],
      ['POST', '/api/v2/solutions/articles/:id/:lang', (req) => {
        const article = articles.get(Number(req.params.id));
        if (!article) return notFound;
        const input = req.body as { title?: string; description?: string };
        if (!input.title) return validation('title');
        article.translations[req.params.lang ?? ''] = { title: input.title, description: input.description ?? '' };
        return { status: 201, body: { id: article.id, language: req.params.lang, ...input } };
      }],
      ['PUT', '/api/v2/solutions/articles/:id/:lang', (req) => {
        const article = articles.get(Number(req.params.id));
        const existing = article?.translations[req.params.lang ?? ''];
        if (!article || !existing) return notFound;
        const input = req.body as { title?: string; description?: string };
        article.translations[req.params.lang ?? ''] = { title: input.title ?? existing.title, description: input.description ?? existing.description };
        return { status: 200, body: { id: article.id, language: req.params.lang } };
      }],
    ],
    (headers) => headers.authorization === `Basic ${Buffer.from(`${apiKey}:X`).toString('base64')}`,
    { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' },
  );
  return { api, categories, folders, articles };
}
