import { useVirtualizer } from '@tanstack/react-virtual';
import { Alert, Button, Typography } from 'antd';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptSummary } from '../../../../shared/domain/transcript';
import { formatDateTime, formatNumber } from '../../lib/format';
import { Highlight } from './Highlight';
import { OutcomeBadgesLight } from './OutcomeBadges';
import type { TranscriptPages } from './useTranscriptPages';

const ROW_HEIGHT = 92;

interface TranscriptListProps {
  pages: TranscriptPages;
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  /** The search words, marked in the previews. */
  needle?: string;
  /** Brings this row into view (a linked conversation); `at` makes the same row count again. */
  reveal?: { index: number; at: number } | null;
}

function Row({ item, needle }: { item: TranscriptSummary; needle: string | undefined }) {
  const { t, i18n } = useTranslation('transcripts');
  return (
    <>
      <div className="transcripts-row-head">
        <span className="transcripts-row-id" title={item.externalId}>
          {item.externalId}
        </span>
        <span className="transcripts-row-date">
          {item.startedAt ? formatDateTime(item.startedAt, i18n.language) : t('list.noDate')}
        </span>
      </div>
      <div className="transcripts-row-preview">
        <Highlight text={item.preview} needle={needle} />
      </div>
      <div className="transcripts-row-meta">
        <span className="transcripts-row-facts">
          {[item.channel, item.language, t('list.turns', { count: item.turnCount })]
            .filter(Boolean)
            .join(' · ')}
        </span>
        <OutcomeBadgesLight conversation={item} />
      </div>
    </>
  );
}

/**
 * The conversations, newest first, virtualized: only the rows on screen are in the DOM, and only
 * their pages are fetched. Arrow keys move between conversations.
 */
export function TranscriptList({ pages, selectedKey, onSelect, needle, reveal }: TranscriptListProps) {
  const { t, i18n } = useTranslation('transcripts');
  const scroller = useRef<HTMLDivElement>(null);
  const count = pages.total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (count > 0) pages.want(first, last);
  }, [first, last, count, pages]);
  const revealed = useRef(0);
  useEffect(() => {
    if (!reveal || reveal.at === revealed.current || reveal.index >= count) return;
    revealed.current = reveal.at;
    virtualizer.scrollToIndex(reveal.index, { align: 'center' });
  }, [reveal, count, virtualizer]);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    const index = Number(target.dataset.index);
    if (!Number.isInteger(index)) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(count - 1, index + (event.key === 'ArrowDown' ? 1 : -1)));
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus(),
    );
  };

  if (pages.error && pages.total === null)
    return (
      <Alert
        type="error"
        showIcon
        title={t('list.error')}
        action={<Button onClick={pages.reload}>{t('list.retry')}</Button>}
      />
    );

  return (
    <section className="transcripts-list" aria-label={t('list.label')}>
      <div className="transcripts-list-count" aria-live="polite">
        {pages.total === null
          ? t('list.loading')
          : t('list.count', { count, formatted: formatNumber(count, i18n.language) })}
      </div>
      {pages.total === 0 ? (
        <Typography.Paragraph type="secondary" className="transcripts-list-none">
          {t('list.none')}
        </Typography.Paragraph>
      ) : (
        <div ref={scroller} className="transcripts-list-scroll" onKeyDown={move}>
          <ul
            className="transcripts-list-inner"
            style={{ height: virtualizer.getTotalSize() }}
            aria-label={t('list.label')}
          >
            {items.map((row) => {
              const item = pages.item(row.index);
              const selected = item !== undefined && item.key === selectedKey;
              return (
                <li
                  key={row.key}
                  className="transcripts-row-slot"
                  style={{ height: row.size, transform: `translateY(${row.start}px)` }}
                >
                  {item ? (
                    <button
                      type="button"
                      className={`transcripts-row${selected ? ' transcripts-row-selected' : ''}`}
                      data-index={row.index}
                      data-key={item.key}
                      aria-current={selected ? 'true' : undefined}
                      onClick={() => onSelect(item.key)}
                    >
                      <Row item={item} needle={needle} />
                    </button>
                  ) : (
                    <div className="transcripts-row transcripts-row-loading" aria-hidden>
                      <span className="transcripts-row-placeholder" />
                      <span className="transcripts-row-placeholder" />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
