import { assertSafeBaseUrl, getOrNull, jsonApi, type RetryOptions } from '../http';
import { gleanerMarker, sameTitle } from '../lookup';
import type { ExportArticle, ExportSink } from '../types';

export interface FreshdeskConfig {
  baseUrl: string;
  apiKey: string;
}

interface Named {
  id: number;
  name: string;
}

const PUBLISHED = 2;
const VISIBLE_TO_ALL = 1;
const PAGE = 100;

/** Solutions API: categories → folders → articles; translations at /articles/{id}/{language}. */
export function createFreshdeskSink(config: FreshdeskConfig, retry: RetryOptions = {}): ExportSink {
  const base = assertSafeBaseUrl(config.baseUrl).origin;
  const headers = { authorization: `Basic ${Buffer.from(`${config.apiKey}:X`).toString('base64')}` };
  const api = jsonApi('Freshdesk', `${base}/api/v2/solutions`, headers, retry);
  const folders = new Map<string, Promise<number>>();

  const findOrCreate = async (listPath: string, name: string, body: Record<string, unknown>): Promise<number> => {
    const found = (await api<Named[]>('GET', listPath)).find((item) => item.name === name);
    return found ? found.id : (await api<Named>('POST', listPath, { name, ...body })).id;
  };

  const folderId = (article: ExportArticle): Promise<number> => {
    const key = `${article.category}\u0000${article.section}`;
    let id = folders.get(key);
    if (!id) {
      id = findOrCreate('/categories', article.category || 'General', {}).then((categoryId) =>
        findOrCreate(`/categories/${categoryId}/folders`, article.section || article.category || 'General', { visibility: VISIBLE_TO_ALL }),
      );
      folders.set(key, id);
      id.catch(() => folders.delete(key));
    }
    return id;
  };

  // The marker tag lets find() recognise the article whatever happens to its title; an update replaces the tags,
  // so it is sent every time.
  const body = (article: ExportArticle) => ({ title: article.title, description: article.html, status: PUBLISHED, tags: [...article.tags, gleanerMarker(article.id)] });

  return {
    destination: base,
    async create(article, parentExternalId) {
      if (parentExternalId) {
        await api('POST', `/articles/${parentExternalId}/${article.language}`, body(article));
        return `${parentExternalId}/${article.language}`;
      }
      return String((await api<{ id: number }>('POST', `/folders/${await folderId(article)}/articles`, body(article))).id);
    },
    async find(article, parentExternalId, sentTitle) {
      if (parentExternalId) return (await getOrNull(api, `/articles/${parentExternalId}/${article.language}`)) ? `${parentExternalId}/${article.language}` : null;
      const folder = await folderId(article);
      const marker = gleanerMarker(article.id);
      let byTitle: number | null = null;
      for (let page = 1; ; page += 1) {
        const list = await api<Array<{ id: number; title: string; tags?: string[] }>>('GET', `/folders/${folder}/articles?per_page=${PAGE}&page=${page}`);
        const marked = list.find((a) => a.tags?.includes(marker));
        if (marked) return String(marked.id);
        byTitle ??= list.find((a) => sameTitle(a.title, sentTitle, article.title))?.id ?? null;
        if (list.length < PAGE) return byTitle === null ? null : String(byTitle);
      }
    },
    async update(externalId, article) {
      await api('PUT', `/articles/${externalId}`, body(article));
      return externalId;
    },
  };
}
