import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../lib/use-call';
import { ImpactList } from './ImpactList';

const SHOWN = 4;

/** "Did it help" across the knowledge base: the newest published articles drafted from a topic. */
export function ImpactSummary() {
  const { t } = useTranslation('insights');
  const impacts = useCall('insights:impact', {});
  const list = impacts.data ?? [];
  const counts = { better: 0, worse: 0, unclear: 0, too_early: 0 };
  for (const impact of list) counts[impact.verdict] += 1;
  return (
    <Card size="small" title={t('impact.title')} loading={impacts.loading && !impacts.data} data-testid="insights-impact">
      {list.length === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('impact.empty')}
        </Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('impact.summary', { total: list.length, better: counts.better, worse: counts.worse, pending: counts.unclear + counts.too_early })}
          </Typography.Paragraph>
          <ImpactList impacts={list.slice(0, SHOWN)} showTopic />
        </>
      )}
    </Card>
  );
}
