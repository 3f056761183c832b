import { useUi } from '../state/ui';

/**
 * Deep links between screens. A screen's hash param carries a small query string so that links
 * stay readable and one param can hold several fields: `#/transcripts/topic%3Dt3%26key%3Dk%26turn%3D4`.
 */

export interface TranscriptsLink {
  /** Opens this conversation (its transcript key). */
  key?: string;
  /** Scrolls to and highlights this turn (0-based) of the open conversation. */
  turn?: number;
  /** Filters the list to one topic's conversations. */
  topicId?: string;
}

const encodeParams = (entries: Record<string, string | number | undefined>): string | null => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(entries)) if (value !== undefined && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text === '' ? null : text;
};

export const transcriptsParam = (link: TranscriptsLink): string | null =>
  encodeParams({ key: link.key, turn: link.turn, topic: link.topicId });

export function parseTranscriptsParam(param: string | null): TranscriptsLink {
  const params = new URLSearchParams(param ?? '');
  const turn = Number(params.get('turn'));
  return {
    key: params.get('key') ?? undefined,
    turn: params.has('turn') && Number.isInteger(turn) && turn >= 0 ? turn : undefined,
    topicId: params.get('topic') ?? undefined,
  };
}

export const openTranscripts = (link: TranscriptsLink): void => useUi.getState().navigate('transcripts', transcriptsParam(link));
/** `#/insights/<topicId>`: the topic page. */
export const openTopic = (topicId: string): void => useUi.getState().navigate('insights', topicId);
/** `#/drafts/<draftId>`: one draft in the inbox. */
export const openDraft = (draftId: string): void => useUi.getState().navigate('drafts', draftId);
/** `#/articles/<articleId>`: the article in the editor. */
export const openArticle = (articleId: string): void => useUi.getState().navigate('articles', articleId);
/** `#/review/<articleId>`: the reviewer view of one article. */
export const openReview = (articleId: string): void => useUi.getState().navigate('review', articleId);
