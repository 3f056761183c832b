import { GleanerError } from '../../../../shared/errors';
import { assertSafeBaseUrl, jsonApi, type RetryOptions } from '../http';
import { normalizedTitle, sameTitle } from '../lookup';
import type { ExportArticle, ExportSink } from '../types';

export interface IntercomConfig {
  baseUrl: string;
  accessToken: string;
  authorId?: number;
}

interface Collection {
  id: string;
  name: string;
}

/** Articles API: one article per source-language article, translations in `translated_content`. */
export function createIntercomSink(config: IntercomConfig, retry: RetryOptions = {}): ExportSink {
  const base = assertSafeBaseUrl(config.baseUrl).origin;
  const headers = { authorization: `Bearer ${config.accessToken}`, 'intercom-version': '2.11' };
  const api = jsonApi('Intercom', base, headers, retry);
  const collections = new Map<string, Promise<string>>();
  let author: Promise<number> | undefined;

  const authorId = (): Promise<number> => {
    if (config.authorId !== undefined) return Promise.resolve(config.authorId);
    author ??= api<{ id: number | string }>('GET', '/me').then((me) => Number(me.id));
    return author;
  };

  const collectionId = (name: string): Promise<string> => {
    let id = collections.get(name);
    if (!id) {
      id = api<{ data: Collection[] }>('GET', '/help_center/collections').then(async (list) => {
        const found = list.data.find((c) => c.name === name);
        if (found) return String(found.id);
        const created = await api<Collection>('POST', '/help_center/collections', { name });
        if (!created.id) throw new GleanerError('E_PARSE', 'Intercom did not return the created collection.');
        return String(created.id);
      });
      collections.set(name, id);
      id.catch(() => collections.delete(name));
    }
    return id;
  };

  const content = async (article: ExportArticle) => ({
    title: article.title,
    description: article.summary.slice(0, 250),
    body: article.html,
    author_id: await authorId(),
    state: 'published',
  });

  const putTranslation = async (parentExternalId: string, article: ExportArticle): Promise<string> => {
    await api('PUT', `/articles/${parentExternalId}`, {
      translated_content: { [article.language]: { type: 'article_content', ...(await content(article)) } },
    });
    return `${parentExternalId}/${article.language}`;
  };

  return {
    destination: base,
    async create(article, parentExternalId) {
      if (parentExternalId) return putTranslation(parentExternalId, article);
      const created = await api<{ id: string | number }>('POST', '/articles', {
        ...(await content(article)),
        parent_id: Number(await collectionId(article.category || 'General')),
        parent_type: 'collection',
      });
      return String(created.id);
    },
    /**
     * A translation is a PUT of translated_content, so sending it twice duplicates nothing. The Article model holds
     * no label, tag or external id to write a marker in, so a source article is found by its title (the one it was
     * sent with, or the one it has now) in its collection, compared loosely.
     */
    async find(article, parentExternalId, sentTitle) {
      if (parentExternalId) return null;
      const parentId = Number(await collectionId(article.category || 'General'));
      for (let page = 1; ; page += 1) {
        const query = new URLSearchParams({ phrase: normalizedTitle(sentTitle), state: 'all', page: String(page), per_page: '50' });
        const result = await api<{ data?: { articles?: Array<{ id: string | number; title: string; parent_id?: number | string | null }> }; pages?: { next?: unknown } | null }>(
          'GET',
          `/articles/search?${query}`,
        );
        const found = (result.data?.articles ?? []).find((a) => sameTitle(a.title, sentTitle, article.title) && Number(a.parent_id) === parentId);
        if (found) return String(found.id);
        if (!result.pages?.next) return null;
      }
    },
    async update(externalId, article, parentExternalId) {
      if (parentExternalId) return putTranslation(parentExternalId, article);
      await api('PUT', `/articles/${externalId}`, await content(article));
      return externalId;
    },
  };
}
