import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportReport } from '../../../../shared/domain/export';
import { formatNumber } from '../../lib/format';
import { ItemsTable } from './ItemsTable';

/** What an export would do, per article, with the reason; nothing was sent. */
export function PlanPanel({ plan, stale }: { plan: ExportReport; stale: boolean }) {
  const { t, i18n } = useTranslation('export');
  const count = (action: 'create' | 'update' | 'unchanged') => formatNumber(plan.items.filter((i) => i.action === action).length, i18n.language);
  return (
    <section className="export-run" data-testid="export-plan" aria-label={t('plan.title')}>
      <Alert
        type={stale ? 'warning' : 'info'}
        showIcon
        title={t('plan.title')}
        description={
          <>
            <span data-testid="export-plan-summary">{t('plan.summary', { create: count('create'), update: count('update'), unchanged: count('unchanged') })}</span>
            {stale && (
              <Typography.Text type="warning" className="export-plan-stale">
                {t('plan.stale')}
              </Typography.Text>
            )}
          </>
        }
      />
      <ItemsTable items={plan.items} testId="export-plan-items" />
    </section>
  );
}
