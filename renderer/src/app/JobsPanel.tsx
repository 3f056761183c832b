import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Drawer, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isJobFinished, type Job } from '../../../shared/domain/jobs';
import { formatDuration, formatNumber } from '../lib/format';
import { call, IpcError } from '../lib/ipc';
import { useJobs } from '../state/jobs';
import { useUi } from '../state/ui';
import { useErrorText, useNotifyError } from './errors';
import { RelativeTime } from './RelativeTime';

const STATE_COLORS: Record<Job['state'], string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
  cancelled: 'warning',
};

/** Phases are 'verb:detail' (e.g. 'compact:transcripts'); the verb is translated, the detail kept. */
function usePhaseText(): (phase: string) => string {
  const { t } = useTranslation('jobs');
  return (phase) => {
    const [verb = '', ...rest] = phase.split(':');
    return t(`phases.${verb}`, { detail: rest.join(':'), defaultValue: phase });
  };
}

const secondsBetween = (from: string, to: string): number =>
  Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);

function JobRow({ job }: { job: Job }) {
  const { t, i18n } = useTranslation('jobs');
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const phaseText = usePhaseText();
  const finished = isJobFinished(job);
  const tookSeconds = job.finishedAt ? secondsBetween(job.startedAt, job.finishedAt) : null;
  const percent = job.total > 0 ? Math.floor((job.done / job.total) * 100) : finished ? 100 : 0;
  const kind = t(`kinds.${job.kind.replace(/\./g, '_')}`, { defaultValue: job.kind });
  const status =
    job.state === 'failed'
      ? 'exception'
      : job.state === 'done'
        ? 'success'
        : finished
          ? 'normal'
          : 'active';
  const facts = finished
    ? []
    : [
        job.total > 0 &&
          t('progress', {
            done: formatNumber(job.done, i18n.language),
            total: formatNumber(job.total, i18n.language),
          }),
        job.phase && phaseText(job.phase),
        job.etaSeconds !== null &&
          t('eta', { time: formatDuration(job.etaSeconds, i18n.language) }),
      ].filter(Boolean);

  return (
    <li className="g-job" data-testid={`job-${job.kind}`} data-state={job.state} aria-label={kind}>
      <div className="g-job-head">
        <Typography.Text strong ellipsis>
          {kind}
        </Typography.Text>
        <Tag color={STATE_COLORS[job.state]} bordered={false}>
          {t(job.state)}
        </Tag>
        {!finished && (
          <Button
            size="small"
            type="text"
            danger
            onClick={() => call('jobs:cancel', { id: job.id }).catch(notifyError)}
            aria-label={`${t('cancel')}: ${kind}`}
          >
            {t('cancel')}
          </Button>
        )}
      </div>
      <Progress
        percent={percent}
        size="small"
        status={status}
        aria-label={kind}
        showInfo={!finished}
      />
      <div className="g-job-meta">
        {finished ? (
          job.finishedAt && (
            <>
              <RelativeTime iso={job.finishedAt} />
              {tookSeconds !== null &&
                tookSeconds >= 1 &&
                ` · ${t('took', { time: formatDuration(tookSeconds, i18n.language) })}`}
            </>
          )
        ) : (
          <span>{facts.join(' · ')}</span>
        )}
      </div>
      {job.error && job.state === 'failed' && (
        <Typography.Paragraph type="danger" className="g-job-error">
          {errorText(new IpcError(job.error.code, job.error.message, job.error.details))}
        </Typography.Paragraph>
      )}
    </li>
  );
}

function JobSection({ title, jobs }: { title: string; jobs: Job[] }) {
  if (jobs.length === 0) return null;
  return (
    <section className="g-job-section" aria-label={title}>
      <Typography.Text type="secondary" className="g-section-label">
        {title}
      </Typography.Text>
      <ul className="g-job-list">
        {jobs.map((job) => (
          <JobRow key={job.id} job={job} />
        ))}
      </ul>
    </section>
  );
}

/** Every job of the session and the recent ones, with progress, ETA and cancel. */
export function JobsPanel() {
  const { t } = useTranslation('jobs');
  const open = useUi((s) => s.jobsOpen);
  const setOpen = useUi((s) => s.setJobsOpen);
  const jobs = useJobs((s) => s.jobs);
  const active = jobs.filter((job) => !isJobFinished(job));
  const recent = jobs.filter(isJobFinished);
  return (
    <Drawer
      title={t('title')}
      open={open}
      onClose={() => setOpen(false)}
      size={420}
      className="g-jobs-drawer"
    >
      {jobs.length === 0 ? (
        <div className="g-jobs-empty">
          <ThunderboltOutlined aria-hidden />
          <Typography.Text type="secondary">{t('empty')}</Typography.Text>
        </div>
      ) : (
        <>
          <JobSection title={t('runningSection')} jobs={active} />
          <JobSection title={t('recentSection')} jobs={recent} />
        </>
      )}
    </Drawer>
  );
}
