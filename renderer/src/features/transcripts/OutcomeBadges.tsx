import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TranscriptSummary } from '../../../../shared/domain/transcript';

interface OutcomeBadgesProps {
  conversation: Pick<TranscriptSummary, 'resolved' | 'escalated' | 'repeatContact' | 'csat'>;
  /** Which rule found the escalation (the conversation view says it; the list has no room). */
  escalationRule?: string | null;
}

/** Resolved / escalated (and by which rule) / repeat contact / CSAT, as small tags. */
export function OutcomeBadges({ conversation: c, escalationRule }: OutcomeBadgesProps) {
  const { t } = useTranslation('transcripts');
  const rule = escalationRule
    ? t(`badges.rules.${escalationRule}`, { defaultValue: escalationRule })
    : null;
  return (
    <span className="transcripts-badges">
      {c.escalated && (
        <Tag color="warning" bordered={false}>
          {rule ? t('badges.escalatedBy', { rule }) : t('badges.escalated')}
        </Tag>
      )}
      {c.repeatContact && (
        <Tag color="magenta" bordered={false}>
          {t('badges.repeat')}
        </Tag>
      )}
      {c.resolved === true && (
        <Tag color="success" bordered={false}>
          {t('badges.resolved')}
        </Tag>
      )}
      {c.resolved === false && (
        <Tag color="default" bordered={false}>
          {t('badges.unresolved')}
        </Tag>
      )}
      {c.csat !== null && (
        <Tag color={c.csat >= 4 ? 'success' : c.csat <= 2 ? 'error' : 'default'} bordered={false}>
          {t('badges.csat', { score: c.csat })}
        </Tag>
      )}
    </span>
  );
}
