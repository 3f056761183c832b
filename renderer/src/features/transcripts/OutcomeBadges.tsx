import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TranscriptSummary } from '../../../../shared/domain/transcript';

interface OutcomeBadgesProps {
  conversation: Pick<TranscriptSummary, 'resolved' | 'escalated' | 'repeatContact' | 'csat'>;
  /** Which rule found the escalation (the conversation view says it; the list has no room). */
  escalationRule?: string | null;
}

type Tone = 'warning' | 'accent' | 'success' | 'default' | 'error';

/** Each outcome with its tone and words; every badge the conversation has, in this order. */
function useOutcomes({
  conversation: c,
  escalationRule,
}: OutcomeBadgesProps): Array<{ tone: Tone; text: string }> {
  const { t } = useTranslation('transcripts');
  const rule = escalationRule
    ? t(`badges.rules.${escalationRule}`, { defaultValue: escalationRule })
    : null;
  return [
    c.escalated && {
      tone: 'warning' as const,
      text: rule ? t('badges.escalatedBy', { rule }) : t('badges.escalated'),
    },
    c.repeatContact && { tone: 'accent' as const, text: t('badges.repeat') },
    c.resolved === true && { tone: 'success' as const, text: t('badges.resolved') },
    c.resolved === false && { tone: 'default' as const, text: t('badges.unresolved') },
    c.csat !== null && {
      tone:
        c.csat >= 4
          ? ('success' as const)
          : c.csat <= 2
            ? ('error' as const)
            : ('default' as const),
      text: t('badges.csat', { score: c.csat }),
    },
  ].filter((b): b is { tone: Tone; text: string } => Boolean(b));
}

const TAG_COLORS: Record<Tone, string> = {
  warning: 'warning',
  accent: 'magenta',
  success: 'success',
  default: 'default',
  error: 'error',
};

/**
 * The same as plain spans, for the virtualized list: a scroll jump mounts twenty rows at once, and
 * antd's Tag (its style hooks) made up a third of that frame's work.
 */
export function OutcomeBadgesLight(props: OutcomeBadgesProps) {
  return (
    <span className="transcripts-badges">
      {useOutcomes(props).map(({ tone, text }) => (
        <span key={text} className={`g-badge g-badge-${tone}`}>
          {text}
        </span>
      ))}
    </span>
  );
}

/** Resolved / escalated (and by which rule) / repeat contact / CSAT, as small tags. */
export function OutcomeBadges(props: OutcomeBadgesProps) {
  return (
    <span className="transcripts-badges">
      {useOutcomes(props).map(({ tone, text }) => (
        <Tag key={text} color={TAG_COLORS[tone]} bordered={false}>
          {text}
        </Tag>
      ))}
    </span>
  );
}
