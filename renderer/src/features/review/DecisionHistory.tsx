import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { KCS_CHECKLIST } from '../../../../shared/domain/review';
import { RelativeTime } from '../../app/RelativeTime';
import { useReviewCall } from './useReviewCall';

/** Every decision on an article with its reason and checklist, newest first. */
export function DecisionHistory({ articleId }: { articleId: string }) {
  const { t } = useTranslation('review');
  const { data } = useReviewCall('review:decisions', { articleId });
  if (!data) return null;
  if (data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('decision.noHistory')} />;
  return (
    <ol className="review-decisions" data-testid="decision-history">
      {[...data].reverse().map((d) => (
        <li key={d.id} className="review-decision">
          <div className="review-comment-meta">
            <Typography.Text strong className={d.decision === 'approve' ? 'review-ok' : 'review-warn'}>
              {d.decision === 'approve' ? <CheckCircleFilled /> : <ExclamationCircleFilled />} {t(`decisions.${d.decision}`)}
            </Typography.Text>
            <Typography.Text type="secondary">
              {d.reviewerName} · {t('decision.at', { version: d.articleVersion })} · <RelativeTime iso={d.at} />
            </Typography.Text>
          </div>
          {d.reason && <Typography.Paragraph className="review-comment-body">{d.reason}</Typography.Paragraph>}
          <ul className="review-decision-checklist" aria-label={t('decision.checklist')}>
            {KCS_CHECKLIST.map((item) => (
              <li key={item} className={d.checklist[item] ? 'review-ok' : 'review-muted'}>
                {d.checklist[item] ? <CheckCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />} {t(`checklist.${item}`)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
