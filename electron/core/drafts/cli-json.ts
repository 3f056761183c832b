import type { Draft, DraftCliJson } from '../../../shared/domain/draft';

type CliSectionKind = DraftCliJson['drafts'][number]['sections'][number]['kind'];
const CLI_KINDS = new Set<string>(['issue', 'environment', 'resolution', 'cause']);

/** A draft as `gleaner draft --json` prints it: sections as text (steps numbered), every citation once. */
export function draftToCliJson(draft: Draft): DraftCliJson['drafts'][number] {
  const seen = new Set<string>();
  const citations: Array<{ transcript_id: string; turn: number }> = [];
  for (const section of draft.sections) {
    for (const sentence of section.sentences) {
      for (const c of sentence.citations) {
        const key = `${c.transcriptId}\u0000${c.turn}`;
        if (seen.has(key)) continue;
        seen.add(key);
        citations.push({ transcript_id: c.transcriptId, turn: c.turn });
      }
    }
  }
  return {
    topic_id: draft.topicId,
    title: draft.title,
    sections: draft.sections
      .filter((s) => CLI_KINDS.has(s.kind) && s.sentences.length > 0)
      .map((s) => ({
        kind: s.kind as CliSectionKind,
        text: s.kind === 'resolution' ? s.sentences.map((x, i) => `${i + 1}. ${x.text}`).join('\n') : s.sentences.map((x) => x.text).join(draft.language === 'zh-CN' ? '' : ' '),
      })),
    citations,
    source_transcript_ids: draft.sourceTranscriptIds,
  };
}
