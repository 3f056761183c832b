import type { Draft } from '../../shared/domain/draft';

/** The draft as one plain text (title, then every section's sentences), as ROUGE reads it. */
export const draftPlainText = (draft: Draft): string =>
  [draft.title, ...draft.sections.filter((s) => s.kind !== 'related').flatMap((s) => s.sentences.map((x) => x.text))].join('\n');
