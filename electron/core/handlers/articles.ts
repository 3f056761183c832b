import { lexicalToHtml, lexicalToMarkdown } from '../articles/convert';
import { diffVersions, restoreVersion } from '../articles/history';
import { listArticles } from '../articles/list';
import { putImage, readImage } from '../articles/media';
import { getVersion, listVersions } from '../articles/revisions';
import { removeArticles } from '../articles/delete';
import { bulkUpdateArticles, createArticle, getArticle, saveArticle } from '../articles/store';
import type { Handlers } from './types';

type ArticleChannel =
  | 'articles:list'
  | 'articles:get'
  | 'articles:create'
  | 'articles:save'
  | 'articles:delete'
  | 'articles:bulk'
  | 'articles:versions'
  | 'articles:version'
  | 'articles:restore'
  | 'articles:diff'
  | 'articles:export'
  | 'articles:import'
  | 'articles:putImage'
  | 'articles:image';

export const articleHandlers: Handlers<ArticleChannel> = {
  'articles:list': async (input, core) => listArticles(core.requireWorkspace(), input),
  'articles:get': async (input, core) => getArticle(core.requireWorkspace(), input.id),
  'articles:create': async (input, core) => createArticle(core.requireWorkspace(), input, await core.currentPerson()),
  'articles:save': async (input, core) => saveArticle(core.requireWorkspace(), input, await core.currentPerson()),
  'articles:delete': async (input, core) => ({ deleted: await removeArticles(core.requireWorkspace(), input.ids, await core.currentPerson()) }),
  'articles:bulk': async (input, core) => ({
    updated: await bulkUpdateArticles(core.requireWorkspace(), input.ids, input.change, await core.currentPerson()),
  }),
  'articles:versions': async (input, core) => listVersions(core.requireWorkspace(), input.id),
  'articles:version': async (input, core) => getVersion(core.requireWorkspace(), input.versionId),
  'articles:restore': async (input, core) =>
    restoreVersion(core.requireWorkspace(), input.id, input.versionId, input.baseVersion, await core.currentPerson()),
  'articles:diff': async (input, core) => diffVersions(core.requireWorkspace(), input.fromId, input.toId),
  'articles:export': async (input, core) => {
    const article = await getArticle(core.requireWorkspace(), input.id);
    return input.format === 'markdown' ? lexicalToMarkdown(article.content) : lexicalToHtml(article.content);
  },
  'articles:import': async (input, core) => {
    const actor = await core.currentPerson();
    return core.jobs.start(core.requireWorkspace(), 'articles.import', { dir: input.dir, actorId: actor.id }).job;
  },
  'articles:putImage': async (input, core) => putImage(core.requireWorkspace(), Buffer.from(input.base64, 'base64')),
  'articles:image': async (input, core) => ({ dataUrl: await readImage(core.requireWorkspace(), input.src) }),
};
