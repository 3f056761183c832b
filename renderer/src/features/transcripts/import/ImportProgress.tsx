import { Button, Progress, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, formatNumber } from '../../../lib/format';
import { useJobs } from '../../../state/jobs';
import { fileName, rowsOf } from './model';

interface ImportProgressProps {
  file: string;
  index: number;
  count: number;
  jobId: string | null;
  cancelling: boolean;
  onCancel: () => void;
}

/** The running import: bytes read as a bar, rows read with rows per second, the time left, and Cancel. */
export function ImportProgress({ file, index, count, jobId, cancelling, onCancel }: ImportProgressProps) {
  const { t, i18n } = useTranslation('transcripts');
  const job = useJobs((s) => (jobId ? s.jobs.find((j) => j.id === jobId) : undefined));
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const percent = job && job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0;
  const rows = job ? rowsOf(job.phase) : null;
  const seconds = job ? Math.max(1, (now - Date.parse(job.startedAt)) / 1000) : 1;
  const facts = [
    rows !== null && t('import.rows', { count: rows, formatted: formatNumber(rows, i18n.language) }),
    rows !== null && t('import.rate', { rate: formatNumber(Math.round(rows / seconds), i18n.language) }),
    job?.etaSeconds != null && t('import.eta', { time: formatDuration(job.etaSeconds, i18n.language) }),
    job?.phase === 'repeat-contacts' && t('import.finishing'),
  ].filter(Boolean);
  return (
    <section className="transcripts-import-progress" aria-live="polite" aria-busy>
      <Typography.Title level={5}>{t('import.running', { file: fileName(file) })}</Typography.Title>
      {count > 1 && (
        <Typography.Text type="secondary">
          {t('import.fileOf', { index: index + 1, count })}
        </Typography.Text>
      )}
      <Progress percent={percent} status="active" aria-label={t('import.running', { file: fileName(file) })} />
      <Typography.Text type="secondary" className="transcripts-import-facts">
        {facts.join(' · ') || '\u00a0'}
      </Typography.Text>
      <div>
        <Button danger onClick={onCancel} disabled={cancelling}>
          {cancelling ? t('import.cancelling') : t('import.cancel')}
        </Button>
      </div>
    </section>
  );
}
