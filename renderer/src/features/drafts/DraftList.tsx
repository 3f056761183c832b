import { Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../../../shared/domain/draft';
import { formatNumber, formatPercent } from '../../lib/format';
import { openDraft } from '../../lib/links';

/** The inbox column: one focusable row per draft; arrow keys move the selection. */
export function DraftList({ drafts, selectedId }: { drafts: readonly DraftSummary[]; selectedId: string | null }) {
  const { t, i18n } = useTranslation('drafts');
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = drafts.findIndex((d) => d.id === selectedId);
    const next = drafts[Math.min(drafts.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      openDraft(next.id);
      document.getElementById(`draft-${next.id}`)?.focus();
    }
  };
  return (
    <div className="drafts-list" role="listbox" aria-label={t('list.label')} onKeyDown={move}>
      {drafts.map((draft) => (
        <div
          key={draft.id}
          id={`draft-${draft.id}`}
          role="option"
          tabIndex={draft.id === selectedId ? 0 : -1}
          aria-selected={draft.id === selectedId}
          className={`drafts-item${draft.id === selectedId ? ' drafts-item-selected' : ''}`}
          onClick={() => openDraft(draft.id)}
        >
          <Typography.Text strong className="drafts-item-title">
            {draft.title}
          </Typography.Text>
          <Typography.Text type="secondary" className="drafts-item-topic">
            {draft.topicLabel}
          </Typography.Text>
          <div className="drafts-item-meta">
            <span className="g-num">{t('list.friction', { value: formatNumber(draft.friction, i18n.language, { maximumFractionDigits: 1 }) })}</span>
            <span>{t('list.sources', { count: draft.sourceCount })}</span>
            <span className="g-num">{formatPercent(draft.confidence, i18n.language, 0)}</span>
            {draft.language === 'zh-CN' && <Tag>中文</Tag>}
            {draft.hasUpdateProposal && <Tag color="gold">{t('list.update')}</Tag>}
            {draft.articleId && <Tag color="green">{t('list.opened')}</Tag>}
          </div>
        </div>
      ))}
    </div>
  );
}
