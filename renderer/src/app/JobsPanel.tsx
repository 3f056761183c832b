import { Button, Drawer, Empty, List, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isJobFinished, type Job } from '../../../shared/domain/jobs';
import { call } from '../lib/ipc';
import { formatDuration, formatRelative } from '../lib/format';
import { useJobs } from '../state/jobs';
import { useUi } from '../state/ui';
import { useErrorText, useNotifyError } from './errors';

const STATE_COLORS: Record<Job['state'], string> = { queued: 'default', running: 'processing', done: 'success', failed: 'error', cancelled: 'warning' };

function JobRow({ job }: { job: Job }) {
  const { t, i18n } = useTranslation('jobs');
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const finished = isJobFinished(job);
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : finished ? 100 : 0;
  const kind = t(`kinds.${job.kind.replace(/\./g, '_')}`, { defaultValue: job.kind });
  return (
    <List.Item
      actions={
        finished
          ? []
          : [
              <Button key="cancel" size="small" danger onClick={() => call('jobs:cancel', { id: job.id }).catch(notifyError)} aria-label={`${t('cancel')} ${kind}`}>
                {t('cancel')}
              </Button>,
            ]
      }
    >
      <div style={{ width: '100%' }} data-testid={`job-${job.kind}`} data-state={job.state}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text strong>{kind}</Typography.Text>
          <Tag color={STATE_COLORS[job.state]}>{t(job.state)}</Tag>
        </Space>
        <Progress
          percent={percent}
          size="small"
          status={job.state === 'failed' ? 'exception' : job.state === 'done' ? 'success' : finished ? 'normal' : 'active'}
          aria-label={kind}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {job.total > 0 ? `${job.done.toLocaleString(i18n.language)} / ${job.total.toLocaleString(i18n.language)}` : ''}
          {job.phase && !finished ? ` · ${job.phase}` : ''}
          {job.etaSeconds !== null && !finished ? ` · ${t('eta', { time: formatDuration(job.etaSeconds, i18n.language) })}` : ''}
          {finished && job.finishedAt ? formatRelative(job.finishedAt, i18n.language) : ''}
        </Typography.Text>
        {job.error && job.state === 'failed' && (
          <Typography.Paragraph type="danger" style={{ margin: '4px 0 0', fontSize: 12 }}>
            {errorText(Object.assign(new Error(job.error.message), { code: job.error.code }))}
          </Typography.Paragraph>
        )}
      </div>
    </List.Item>
  );
}

/** Every job of the session and the recent ones, with progress, ETA and cancel. */
export function JobsPanel() {
  const { t } = useTranslation('jobs');
  const open = useUi((s) => s.jobsOpen);
  const setOpen = useUi((s) => s.setJobsOpen);
  const jobs = useJobs((s) => s.jobs);
  return (
    <Drawer title={t('title')} open={open} onClose={() => setOpen(false)} size={420}>
      {jobs.length === 0 ? <Empty description={t('empty')} /> : <List dataSource={jobs} renderItem={(job) => <JobRow key={job.id} job={job} />} />}
    </Drawer>
  );
}
