import { Button, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Job } from '../../../../../shared/domain/jobs';
import { useNotifyError } from '../../../app/errors';
import { formatNumber } from '../../../lib/format';
import { call } from '../../../lib/ipc';

/** A running re-embedding: phase, documents done, and Cancel (the old index stays in use). */
export function EmbedProgress({ job, model }: { job: Job; model: string }) {
  const { t, i18n } = useTranslation('settings');
  const notifyError = useNotifyError();
  const percent = job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0;
  const phase = t(`reembedPhase.${job.phase}`, { defaultValue: job.phase || '…' });
  return (
    <div className="g-models-progress" role="status" aria-live="polite" data-testid="reembed-progress">
      <div className="g-models-progress-head">
        <Typography.Text strong>{t('reembedding', { model })}</Typography.Text>
        <Button
          size="small"
          onClick={() => void call('jobs:cancel', { id: job.id }).catch(notifyError)}
        >
          {t('cancelJob')}
        </Button>
      </div>
      <Progress percent={percent} status="active" aria-label={t('reembedding', { model })} />
      <Typography.Text type="secondary">
        {phase}
        {job.total > 0 &&
          ` · ${formatNumber(job.done, i18n.language)} / ${formatNumber(job.total, i18n.language)}`}
        {' · '}
        {t('reembeddingHelp')}
      </Typography.Text>
    </div>
  );
}
