import { Alert, Button, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportReport } from '../../../../shared/domain/export';
import { isJobFinished, type Job } from '../../../../shared/domain/jobs';
import { useErrorText, useNotifyError } from '../../app/errors';
import { call, IpcError } from '../../lib/ipc';
import { formatNumber } from '../../lib/format';
import { EntryLink } from './EntryLink';
import { ItemsTable } from './ItemsTable';

/** The counts line of a report, in the UI's language. */
export function useCountsText(): (report: ExportReport) => string {
  const { t, i18n } = useTranslation('export');
  return (report) =>
    t('run.counts', {
      created: formatNumber(report.counts.created, i18n.language),
      updated: formatNumber(report.counts.updated, i18n.language),
      unchanged: formatNumber(report.counts.unchanged, i18n.language),
      failed: formatNumber(report.counts.failed, i18n.language),
    });
}

/**
 * The export job while it runs (progress, Cancel), then its report: the job's result, or for a
 * cancelled job (which ends without one) the report the run left in the history.
 */
export function RunPanel({ job, targetName, recorded }: { job: Job; targetName: string; recorded: ExportReport | undefined }) {
  const { t, i18n } = useTranslation('export');
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const countsText = useCountsText();
  const [cancelling, setCancelling] = useState(false);

  if (!isJobFinished(job)) {
    const percent = job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0;
    return (
      <section className="export-run" aria-live="polite" data-testid="export-running">
        <div className="export-run-head">
          <Typography.Text strong>{t('run.running', { target: targetName })}</Typography.Text>
          <Button
            danger
            size="small"
            disabled={cancelling}
            onClick={() => {
              setCancelling(true);
              call('jobs:cancel', { id: job.id }).catch(notifyError);
            }}
          >
            {cancelling ? t('run.cancelling') : t('actions.cancel')}
          </Button>
        </div>
        <Progress percent={percent} status="active" aria-label={t('run.running', { target: targetName })} />
        {job.total > 0 && (
          <Typography.Text type="secondary">
            {t('run.progress', { done: formatNumber(job.done, i18n.language), total: formatNumber(job.total, i18n.language) })}
          </Typography.Text>
        )}
      </section>
    );
  }

  const report = (job.result as ExportReport | undefined) ?? (job.state === 'cancelled' ? recorded : undefined);
  if (job.state === 'failed' || !report) {
    const error = job.error ? new IpcError(job.error.code, job.error.message, job.error.details) : new IpcError('E_INTERNAL', job.state);
    return <Alert type={job.state === 'cancelled' ? 'warning' : 'error'} showIcon title={job.state === 'cancelled' ? t('run.cancelled') : t('run.failed')} description={errorText(error)} />;
  }
  const failed = report.counts.failed;
  const title = report.cancelled ? t('run.cancelled') : failed > 0 ? t('run.doneWithFailures', { count: failed }) : t('run.done');
  return (
    <section className="export-run" data-testid="export-report" aria-label={title}>
      <Alert
        type={report.cancelled ? 'warning' : failed > 0 ? 'error' : 'success'}
        showIcon
        title={title}
        description={
          <>
            <span data-testid="export-report-counts">{countsText(report)}</span>
            {!report.cancelled && report.items.some((i) => i.status === 'ok') && (
              <Typography.Text type="secondary" className="export-published-note">
                {t('run.published')}
              </Typography.Text>
            )}
          </>
        }
      />
      <EntryLink report={report} />
      <ItemsTable items={report.items} testId="export-report-items" />
    </section>
  );
}
