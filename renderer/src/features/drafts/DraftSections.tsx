import { Tooltip } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citation, Draft, DraftSentence } from '../../../../shared/domain/draft';
import { openTranscripts } from '../../lib/links';

/** Numbers the cited conversations in order of first appearance: chip "2" is always the same conversation. */
const numberSources = (draft: Draft): Map<string, number> => {
  const numbers = new Map<string, number>();
  for (const section of draft.sections)
    for (const sentence of section.sentences)
      for (const citation of sentence.citations) if (!numbers.has(citation.transcriptId)) numbers.set(citation.transcriptId, numbers.size + 1);
  return numbers;
};

function CitationChip({ citation, n }: { citation: Citation; n: number }) {
  const { t } = useTranslation('drafts');
  const label = t('view.citation', { n, turn: citation.turn + 1 });
  return (
    <Tooltip title={label}>
      <button type="button" className="drafts-chip" aria-label={label} onClick={() => openTranscripts({ key: citation.transcriptId, turn: citation.turn })}>
        {n}
      </button>
    </Tooltip>
  );
}

function Sentence({ sentence, numbers }: { sentence: DraftSentence; numbers: Map<string, number> }) {
  return (
    <>
      {sentence.text}
      {sentence.citations.map((c) => (
        <CitationChip key={`${c.transcriptId}#${c.turn}`} citation={c} n={numbers.get(c.transcriptId) ?? 0} />
      ))}
    </>
  );
}

/** The KCS sections as the article will read, every sentence followed by chips that open its source turn. */
export function DraftSections({ draft }: { draft: Draft }) {
  const { t } = useTranslation('drafts');
  const numbers = numberSources(draft);
  return (
    <div className="drafts-sections">
      {draft.sections
        .filter((section) => section.sentences.length > 0)
        .map((section) => (
          <section key={section.kind} aria-labelledby={`draft-section-${section.kind}`}>
            <h5 id={`draft-section-${section.kind}`}>{t(`view.sections.${section.kind}`)}</h5>
            {section.kind === 'issue' || section.kind === 'cause' ? (
              <p>
                {section.sentences.map((s, i) => (
                  <Fragment key={i}>
                    {i > 0 && ' '}
                    <Sentence sentence={s} numbers={numbers} />
                  </Fragment>
                ))}
              </p>
            ) : (
              (() => {
                const List = section.kind === 'resolution' ? 'ol' : 'ul';
                return (
                  <List>
                    {section.sentences.map((s, i) => (
                      <li key={i}>
                        <Sentence sentence={s} numbers={numbers} />
                      </li>
                    ))}
                  </List>
                );
              })()
            )}
          </section>
        ))}
    </div>
  );
}
