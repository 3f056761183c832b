import type { ExportTarget, MarkdownLayout, RemoteCredentials } from '../../../shared/domain/export';
import { GleanerError } from '../../../shared/errors';
import type { RetryOptions } from './http';
import { mediaNames, type MediaLoader } from './media';
import { createFreshdeskSink } from './targets/freshdesk';
import { createHtmlSiteSink } from './targets/html-site/site';
import { createIntercomSink } from './targets/intercom';
import { createMarkdownSink } from './targets/markdown';
import { createSalesforceSink } from './targets/salesforce';
import { createZendeskSink } from './targets/zendesk';
import type { ExportArticle, ExportSink } from './types';

export interface SinkOptions {
  target: ExportTarget;
  outDir?: string;
  /** Markdown only: Docusaurus (default) or MkDocs. */
  layout?: MarkdownLayout;
  credentials?: RemoteCredentials | null;
  retry?: RetryOptions;
  /** Workspace images, copied next to file exports. */
  media?: MediaLoader;
}

/** The sink for a target: a folder for file targets, credentials for help-center APIs. */
export function createSink({ target, outDir, layout, credentials, retry, media }: SinkOptions): ExportSink {
  if (target === 'markdown' || target === 'html' || target === 'salesforce') {
    if (!outDir) throw new GleanerError('E_VALIDATION', `Export to ${target} needs an output folder.`);
    return target === 'markdown' ? createMarkdownSink(outDir, media, layout) : target === 'html' ? createHtmlSiteSink(outDir, media) : createSalesforceSink(outDir, media);
  }
  if (!credentials || credentials.target !== target) {
    throw new GleanerError('E_VALIDATION', `Export to ${target} needs its URL and API credentials.`);
  }
  switch (credentials.target) {
    case 'zendesk':
      return guarded('Zendesk', createZendeskSink(credentials.credentials, retry));
    case 'intercom':
      return guarded('Intercom', createIntercomSink(credentials.credentials, retry));
    case 'freshdesk':
      return guarded('Freshdesk', createFreshdeskSink(credentials.credentials, retry));
  }
}

/**
 * What a help center must not receive. Images: there are no uploads yet, so an article showing workspace images
 * fails with a reason rather than going live with broken pictures. A translation whose source-language article
 * has no external id (it failed): sent without its parent, it would become an article of its own.
 */
function guarded(vendor: string, sink: ExportSink): ExportSink {
  const check = (article: ExportArticle): void => {
    const count = mediaNames(article.html).length;
    if (count > 0) {
      throw new GleanerError('E_VALIDATION', `This article shows ${count} image(s) stored in the workspace, and uploading images to ${vendor} is not supported yet. Export it as a static help center or Markdown, or remove the images.`);
    }
  };
  const checkParent = (article: ExportArticle, parent: string | null): void => {
    if (article.translationOf && !parent) {
      throw new GleanerError('E_VALIDATION', `Not sent: the article this translates is not on ${vendor} yet (see its own line in the report).`);
    }
  };
  return {
    ...sink,
    create: async (article, parent) => (check(article), checkParent(article, parent), sink.create(article, parent)),
    update: async (id, article, parent) => (check(article), sink.update(id, article, parent)),
  };
}
