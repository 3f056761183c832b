import type { ExportAction, ExportReason, MarkdownLayout } from '../../../shared/domain/export';

/** An article as every export target receives it: HTML (sanitized by runExport before any sink sees it) and Markdown already rendered. */
export interface ExportArticle {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  /** 'en' or 'zh-CN'. */
  readonly language: string;
  readonly category: string;
  readonly section: string;
  readonly tags: readonly string[];
  readonly summary: string;
  /** The HTML body; sinks may trust it, runExport sanitizes it first. */
  readonly html: string;
  readonly markdown: string;
  readonly updatedAt: string;
  /** The id of the article this one translates (its source-language version), if any. */
  readonly translationOf: string | null;
}

export interface PlannedItem {
  readonly article: ExportArticle;
  readonly action: ExportAction;
  readonly externalId: string | null;
  readonly hash: string;
  readonly reason: ExportReason;
  readonly lastExportedAt: string | null;
}

/** One destination. File targets write in `finish`; remote targets call the API per article. */
export interface ExportSink {
  /** A stable name of where the export goes (folder or base URL), part of the mapping key. */
  readonly destination: string;
  /** What a person opens afterwards (a file target's index or package); absent for help-center APIs. */
  readonly entry?: string;
  /** A Markdown folder's layout, recorded in the report. */
  readonly layout?: MarkdownLayout;
  /**
   * What shapes an article's output here besides the article itself (a layout, a path taken from the article a
   * translation translates), or '' for nothing: part of the content hash, so a change to it writes the article again.
   */
  shape?(article: ExportArticle, source: ExportArticle | undefined): string;
  /** Whether an earlier export's output is still there; a file someone deleted is written again. */
  exists?(externalId: string): Promise<boolean>;
  /** Create the article; returns its external id. `parentExternalId` is set for a translation. */
  create(article: ExportArticle, parentExternalId: string | null): Promise<string>;
  update(externalId: string, article: ExportArticle, parentExternalId: string | null): Promise<string>;
  /**
   * Looks an article up at the destination, for a create that may have gone through before its id was recorded
   * (the run stopped in between): its external id, or null when it is not there. `article` is as it is now,
   * `sentTitle` the title that create was sent with (it may have been edited since). Sinks look for the marker
   * they wrote on create where the vendor stores one, else compare titles loosely (see lookup.ts). Sinks whose
   * create is idempotent leave it out.
   */
  find?(article: ExportArticle, parentExternalId: string | null, sentTitle: string): Promise<string | null>;
  /**
   * Set when create and update only stage an article and finish writes the output (an import package of the changed
   * articles): the mapping is then recorded once finish has written it, so a cancelled run leaves them to be sent again.
   */
  readonly writesInFinish?: boolean;
  /** Called once before any article, with every article that is part of the export. */
  begin?(all: readonly ExportArticle[]): Promise<void>;
  /** Called once after all articles, with every article that is part of the export (changed or not). */
  finish?(all: readonly ExportArticle[]): Promise<void>;
}
