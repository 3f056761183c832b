import type { ExportTarget, RemoteCredentials } from '../../../shared/domain/export';
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
  credentials?: RemoteCredentials | null;
  retry?: RetryOptions;
  /** Workspace images, copied next to file exports. */
  media?: MediaLoader;
}

/** The sink for a target: a folder for file targets, credentials for help-center APIs. */
export function createSink({ target, outDir, credentials, retry, media }: SinkOptions): ExportSink {
  if (target === 'markdown' || target === 'html' || target === 'salesforce') {
    if (!outDir) throw new GleanerError('E_VALIDATION', `Export to ${target} needs an output folder.`);
    return target === 'markdown' ? createMarkdownSink(outDir, media) : target === 'html' ? createHtmlSiteSink(outDir, media) : createSalesforceSink(outDir, media);
  }
  if (!credentials || credentials.target !== target) {
    throw new GleanerError('E_VALIDATION', `Export to ${target} needs its URL and API credentials.`);
  }
  switch (credentials.target) {
    case 'zendesk':
      return withoutWorkspaceImages('Zendesk', createZendeskSink(credentials.credentials, retry));
    case 'intercom':
      return withoutWorkspaceImages('Intercom', createIntercomSink(credentials.credentials, retry));
    case 'freshdesk':
      return withoutWorkspaceImages('Freshdesk', createFreshdeskSink(credentials.credentials, retry));
  }
}

/**
 * Help-center APIs get no image uploads yet: an article showing workspace images fails with a
 * reason rather than going live with broken pictures.
 */
function withoutWorkspaceImages(vendor: string, sink: ExportSink): ExportSink {
  const check = (article: ExportArticle): void => {
    const count = mediaNames(article.html).length;
    if (count > 0) {
      throw new GleanerError('E_VALIDATION', `This article shows ${count} image(s) stored in the workspace, and uploading images to ${vendor} is not supported yet. Export it as a static help center or Markdown, or remove the images.`);
    }
  };
  return {
    ...sink,
    create: async (article, parent) => (check(article), sink.create(article, parent)),
    update: async (id, article, parent) => (check(article), sink.update(id, article, parent)),
  };
}
