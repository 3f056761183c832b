import { GleanerError } from '../../../../shared/errors';
import { assertSafeBaseUrl, getOrNull, jsonApi, type RetryOptions } from '../http';
import { gleanerMarker, sameTitle } from '../lookup';
import type { ExportArticle, ExportSink } from '../types';

export interface ZendeskConfig {
  baseUrl: string;
  email: string;
  apiToken: string;
  permissionGroupId?: number;
}

interface Named {
  id: number;
  name: string;
}

/** Zendesk Help Center locales are lower-case (en-us, zh-cn). */
export const zendeskLocale = (language: string): string => (language === 'en' ? 'en-us' : language.toLowerCase());

/** Help Center API: categories → sections → articles, a translation per extra locale. */
export function createZendeskSink(config: ZendeskConfig, retry: RetryOptions = {}): ExportSink {
  const base = assertSafeBaseUrl(config.baseUrl).origin;
  const headers = { authorization: `Basic ${Buffer.from(`${config.email}/token:${config.apiToken}`).toString('base64')}` };
  const api = jsonApi('Zendesk', `${base}/api/v2`, headers, retry);
  const sections = new Map<string, Promise<number>>();
  let permissionGroup: Promise<number> | undefined;

  const permissionGroupId = (): Promise<number> => {
    if (config.permissionGroupId !== undefined) return Promise.resolve(config.permissionGroupId);
    permissionGroup ??= api<{ permission_groups: Named[] }>('GET', '/guide/permission_groups.json').then((r) => {
      const first = r.permission_groups[0];
      if (!first) throw new GleanerError('E_VALIDATION', 'The Zendesk account has no permission group to publish articles with.');
      return first.id;
    });
    return permissionGroup;
  };

  const findOrCreate = async (listPath: string, listKey: string, createPath: string, createKey: string, name: string, locale: string): Promise<number> => {
    const list = await api<Record<string, Named[]>>('GET', listPath);
    const found = (list[listKey] ?? []).find((item) => item.name === name);
    if (found) return found.id;
    const created = await api<Record<string, Named>>('POST', createPath, { [createKey]: { name, locale } });
    const item = created[createKey];
    if (!item) throw new GleanerError('E_PARSE', `Zendesk did not return the created ${createKey}.`);
    return item.id;
  };

  const sectionId = (article: ExportArticle): Promise<number> => {
    const key = `${article.category}\u0000${article.section}`;
    let id = sections.get(key);
    if (!id) {
      const locale = zendeskLocale(article.language);
      id = findOrCreate('/help_center/categories.json', 'categories', '/help_center/categories.json', 'category', article.category || 'General', locale).then((categoryId) =>
        findOrCreate(
          `/help_center/categories/${categoryId}/sections.json`,
          'sections',
          `/help_center/categories/${categoryId}/sections.json`,
          'section',
          article.section || article.category || 'General',
          locale,
        ),
      );
      sections.set(key, id);
      id.catch(() => sections.delete(key));
    }
    return id;
  };

  return {
    destination: base,
    async create(article, parentExternalId) {
      const locale = zendeskLocale(article.language);
      if (parentExternalId) {
        await api('POST', `/help_center/articles/${parentExternalId}/translations.json`, {
          translation: { locale, title: article.title, body: article.html },
        });
        return `${parentExternalId}/${locale}`;
      }
      const created = await api<{ article: { id: number } }>('POST', `/help_center/sections/${await sectionId(article)}/articles.json`, {
        article: {
          title: article.title,
          body: article.html,
          locale,
          permission_group_id: await permissionGroupId(),
          user_segment_id: null,
          // The marker label lets find() recognise this article whatever happens to its title.
          label_names: [...article.tags, gleanerMarker(article.id)],
          draft: false,
        },
      });
      return String(created.article.id);
    },
    async find(article, parentExternalId, sentTitle) {
      const locale = zendeskLocale(article.language);
      if (parentExternalId) {
        const found = await getOrNull(api, `/help_center/articles/${parentExternalId}/translations/${locale}.json`);
        return found ? `${parentExternalId}/${locale}` : null;
      }
      // List Articles filters on label_names (Professional and Enterprise plans); a plan without labels ignores the
      // filter, so only an article that carries the label counts.
      const marker = gleanerMarker(article.id);
      const labelled = await api<{ articles: Array<{ id: number; label_names?: string[] }> }>(
        'GET',
        `/help_center/articles.json?label_names=${encodeURIComponent(marker)}&per_page=100`,
      );
      const marked = labelled.articles.find((a) => a.label_names?.includes(marker));
      if (marked) return String(marked.id);
      const section = await sectionId(article);
      for (let page = 1; ; page += 1) {
        const list = await api<{ articles: Array<{ id: number; title: string }>; next_page?: string | null }>(
          'GET',
          `/help_center/sections/${section}/articles.json?per_page=100&page=${page}`,
        );
        const found = list.articles.find((a) => sameTitle(a.title, sentTitle, article.title));
        if (found) return String(found.id);
        if (!list.next_page) return null;
      }
    },
    async update(externalId, article) {
      const [articleId = externalId, locale = zendeskLocale(article.language)] = externalId.split('/');
      await api('PUT', `/help_center/articles/${articleId}/translations/${locale}.json`, {
        translation: { title: article.title, body: article.html },
      });
      return externalId;
    },
  };
}
