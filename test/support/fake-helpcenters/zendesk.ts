import { FakeApi, type FakeResponse } from './server';

interface Article {
  id: number;
  section_id: number;
  source_locale: string;
  label_names: string[];
  translations: Record<string, { title: string; body: string }>;
}

/** Zendesk Help Center API (categories, sections, articles, translations) with Basic email/token auth. */
export function fakeZendesk(email = 'admin@example.com', token = 'zd-token') {
  let nextId = 1000;
  const categories: Array<{ id: number; name: string; locale: string }> = [];
  const sections: Array<{ id: number; name: string; category_id: number; locale: string }> = [];
  const articles = new Map<number, Article>();
  const invalid = (field: string): FakeResponse => ({
    status: 422,
    body: { error: 'RecordInvalid', description: 'Record validation errors', details: { [field]: [{ description: `${field}: cannot be blank`, error: 'BlankValue' }] } },
  });
  const expected = `Basic ${Buffer.from(`${email}/token:${token}`).toString('base64')}`;
  const api = new FakeApi(
    [
      ['GET', '/api/v2/guide/permission_groups.json', () => ({ status: 200, body: { permission_groups: [{ id: 7, name: 'Admins' }] } })],
      ['GET', '/api/v2/help_center/categories.json', () => ({ status: 200, body: { categories } })],
      ['POST', '/api/v2/help_center/categories.json', (req) => {
        const input = (req.body as { category?: { name?: string; locale?: string } }).category;
        if (!input?.name) return invalid('name');
        const category = { id: nextId++, name: input.name, locale: input.locale ?? 'en-us' };
        categories.push(category);
        return { status: 201, body: { category } };
      }],
      ['GET', '/api/v2/help_center/categories/:id/sections.json', (req) => ({ status: 200, body: { sections: sections.filter((s) => s.category_id === Number(req.params.id)) } })],
      ['POST', '/api/v2/help_center/categories/:id/sections.json', (req) => {
        if (!categories.some((c) => c.id === Number(req.params.id))) return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
        const input = (req.body as { section?: { name?: string; locale?: string } }).section;
        if (!input?.name) return invalid('name');
        const section = { id: nextId++, name: input.name, category_id: Number(req.params.id), locale: input.locale ?? 'en-us' };
        sections.push(section);
        return { status: 201, body: { section } };
      }],
      ['POST', '/api/v2/help_center/sections/:id/articles.json', (req) => {
        if (!sections.some((s) => s.id === Number(req.params.id))) return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
        const input = (req.body as { article?: { title?: string; body?: string; locale?: string; permission_group_id?: number; label_names?: string[] } }).article;
        if (!input?.title) return invalid('title');
        if (input.permission_group_id === undefined) return invalid('permission_group_id');
        const article: Article = { id: nextId++, section_id: Number(req.params.id), source_locale: input.locale ?? 'en-us', label_names: input.label_names ?? [], translations: { [input.locale ?? 'en-us']: { title: input.title, body: input.body ?? '' } } };
        articles.set(article.id, article);
        return { status: 201, body: { article: { id: article.id, section_id: article.section_id, title: input.title, body: input.body, locale: input.locale, label_names: article.label_names } } };
      }],
      // List Articles, with its label_names filter: articles that carry every label named (comma-separated).
      ['GET', '/api/v2/help_center/articles.json', (req) => {
        const labels = (req.query.get('label_names') ?? '').split(',').filter(Boolean);
        const perPage = Math.min(100, Number(req.query.get('per_page') ?? 30));
        const page = Number(req.query.get('page') ?? 1);
        const all = [...articles.values()].filter((a) => labels.every((l) => a.label_names.includes(l)));
        const slice = all.slice((page - 1) * perPage, page * perPage).map((a) => ({ id: a.id, section_id: a.section_id, locale: a.source_locale, label_names: a.label_names, title: a.translations[a.source_locale]?.title ?? '' }));
        const next = page * perPage < all.length ? `http://${req.headers.host}/api/v2/help_center/articles.json?page=${page + 1}&per_page=${perPage}` : null;
        return { status: 200, body: { articles: slice, page, per_page: perPage, count: all.length, next_page: next } };
      }],
      ['GET', '/api/v2/help_center/sections/:id/articles.json', (req) => {
        const perPage = Math.min(100, Number(req.query.get('per_page') ?? 30));
        const page = Number(req.query.get('page') ?? 1);
        const all = [...articles.values()].filter((a) => a.section_id === Number(req.params.id));
        const slice = all.slice((page - 1) * perPage, page * perPage).map((a) => ({ id: a.id, section_id: a.section_id, locale: a.source_locale, label_names: a.label_names, title: a.translations[a.source_locale]?.title ?? '' }));
        const next = page * perPage < all.length ? `http://${req.headers.host}/api/v2/help_center/sections/${req.params.id}/articles.json?page=${page + 1}&per_page=${perPage}` : null;
        return { status: 200, body: { articles: slice, page, per_page: perPage, count: all.length, next_page: next } };
      }],
      ['GET', '/api/v2/help_center/articles/:id/translations/:locale.json', (req) => {
        const translation = articles.get(Number(req.params.id))?.translations[req.params.locale ?? ''];
        if (!translation) return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
        return { status: 200, body: { translation: { source_id: Number(req.params.id), locale: req.params.locale, ...translation } } };
      }],
      ['POST', '/api/v2/help_center/articles/:id/translations.json', (req) => {
        const article = articles.get(Number(req.params.id));
        if (!article) return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
        const input = (req.body as { translation?: { locale?: string; title?: string; body?: string } }).translation;
        if (!input?.locale) return invalid('locale');
        if (!input.title) return invalid('title');
        if (article.translations[input.locale]) return { status: 422, body: { error: 'RecordInvalid', description: 'Translation already exists' } };
        article.translations[input.locale] = { title: input.title, body: input.body ?? '' };
        return { status: 201, body: { translation: { id: nextId++, source_id: article.id, locale: input.locale, title: input.title } } };
      }],
      ['PUT', '/api/v2/help_center/articles/:id/translations/:locale.json', (req) => {
        const article = articles.get(Number(req.params.id));
        const existing = article?.translations[req.params.locale ?? ''];
        if (!article || !existing) return { status: 404, body: { error: 'RecordNotFound', description: 'Not found' } };
        const input = (req.body as { translation?: { title?: string; body?: string } }).translation ?? {};
        article.translations[req.params.locale ?? ''] = { title: input.title ?? existing.title, body: input.body ?? existing.body };
        return { status: 200, body: { translation: { source_id: article.id, locale: req.params.locale, ...article.translations[req.params.locale ?? ''] } } };
      }],
    ],
    (headers) => headers.authorization === expected,
    { error: "Couldn't authenticate you" },
  );
  return { api, categories, sections, articles };
}
