import { Alert, Segmented, Select, Space, Typography } from 'antd';
import type { Change } from 'diff';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSources, ReviewText } from '../../../../shared/domain/review';
import { wordDiff } from './diff';

export type TextKey = 'ai' | 'approved' | 'current';
const TEXT_KEYS: readonly TextKey[] = ['ai', 'approved', 'current'];

const textOf = (sources: ReviewSources, key: TextKey): ReviewText | null =>
  key === 'ai' ? sources.aiOriginal : key === 'approved' ? sources.lastApproved : sources.current;

const full = (text: ReviewText): string => `${text.title}\n\n${text.text}`;

function Parts({ parts, show }: { parts: Change[]; show: 'both' | 'from' | 'to' }) {
  return (
    <>
      {parts.map((part, index) => {
        if (part.added) return show === 'from' ? null : <ins key={index} className="review-diff-added">{part.value}</ins>;
        if (part.removed) return show === 'to' ? null : <del key={index} className="review-diff-removed">{part.value}</del>;
        return <span key={index}>{part.value}</span>;
      })}
    </>
  );
}

/** Compare two of the AI original, the last approved text and the current text, side by side or inline. */
export function DiffPanel({ sources }: { sources: ReviewSources }) {
  const { t } = useTranslation('review');
  const available = TEXT_KEYS.filter((key) => textOf(sources, key) !== null);
  const [from, setFrom] = useState<TextKey>(sources.aiOriginal ? 'ai' : sources.lastApproved ? 'approved' : 'current');
  const [to, setTo] = useState<TextKey>('current');
  const [mode, setMode] = useState<'side' | 'inline'>('side');
  const fromText = textOf(sources, from);
  const toText = textOf(sources, to);
  const diff = useMemo(() => (fromText && toText ? wordDiff(full(fromText), full(toText), sources.article.language) : null), [fromText, toText, sources.article.language]);
  const label = (key: TextKey) => {
    const text = textOf(sources, key);
    return text ? t('reviewer.textVersion', { name: t(`reviewer.texts.${key}`), version: text.version }) : t(`reviewer.texts.${key}`);
  };
  const options = TEXT_KEYS.map((key) => ({ value: key, label: label(key), disabled: !available.includes(key) }));

  return (
    <section className="review-card" aria-label={t('reviewer.compare')}>
      <div className="review-card-head">
        <Space wrap>
          <Typography.Text strong>{t('reviewer.compare')}</Typography.Text>
          <Select aria-label={t('reviewer.from')} value={from} onChange={setFrom} options={options} style={{ minWidth: 180 }} data-testid="diff-from" />
          <span aria-hidden>→</span>
          <Select aria-label={t('reviewer.to')} value={to} onChange={setTo} options={options} style={{ minWidth: 180 }} data-testid="diff-to" />
        </Space>
        <Segmented
          value={mode}
          onChange={(v) => setMode(v as 'side' | 'inline')}
          options={[
            { value: 'side', label: t('reviewer.sideBySide') },
            { value: 'inline', label: t('reviewer.inline') },
          ]}
        />
      </div>
      {!sources.aiOriginal && <Typography.Paragraph type="secondary" className="review-muted-note">{t('reviewer.missing.ai')}</Typography.Paragraph>}
      {diff && (
        <>
          <div className="review-diff-stats" data-testid="diff-stats">
            {diff.parts.every((p) => !p.added && !p.removed) ? (
              <Typography.Text type="secondary">{t('reviewer.same')}</Typography.Text>
            ) : diff.added === 0 && diff.removed === 0 ? (
              <Typography.Text type="secondary">{t('reviewer.punctuation')}</Typography.Text>
            ) : (
              <>
                {diff.added > 0 && <span className="review-diff-stat-added">{t('reviewer.added', { count: diff.added })}</span>}
                {diff.removed > 0 && <span className="review-diff-stat-removed">{t('reviewer.removed', { count: diff.removed })}</span>}
              </>
            )}
          </div>
          {mode === 'inline' ? (
            <div className="review-diff-text" data-testid="diff-inline" aria-label={t('reviewer.diffLabel', { from: label(from), to: label(to) })}>
              <Parts parts={diff.parts} show="both" />
            </div>
          ) : (
            <div className="review-diff-sides">
              <div>
                <Typography.Text type="secondary" className="review-diff-caption">{label(from)}</Typography.Text>
                <div className="review-diff-text" data-testid="diff-from-text">
                  <Parts parts={diff.parts} show="from" />
                </div>
              </div>
              <div>
                <Typography.Text type="secondary" className="review-diff-caption">{label(to)}</Typography.Text>
                <div className="review-diff-text" data-testid="diff-to-text">
                  <Parts parts={diff.parts} show="to" />
                </div>
              </div>
            </div>
          )}
        </>
      )}
      {!diff && <Alert type="info" showIcon title={t('reviewer.missing.approved')} />}
    </section>
  );
}
