import { Alert, Button, InputNumber, Progress, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftRefusalSchema, type DraftRefusal } from '../../../../shared/domain/draft';
import type { Job } from '../../../../shared/domain/jobs';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';
import { openDraft } from '../../lib/links';
import { useJob } from '../../lib/use-job';
import { z } from 'zod';

const resultSchema = z.object({ drafts: z.array(z.object({ id: z.string() })), refusals: z.array(draftRefusalSchema) });

export interface GenerateOutcome {
  drafted: number;
  refusals: Array<DraftRefusal & { topic: string }>;
}

/** "Draft the top N topics": a job with progress and cancel; reports what was drafted and what was not. */
export function GenerateDrafts({ onOutcome }: { onOutcome: (outcome: GenerateOutcome | null) => void }) {
  const { t } = useTranslation('drafts');
  const notifyError = useNotifyError();
  const [top, setTop] = useState(5);
  const [started, setStarted] = useState<Job | null>(null);

  const job = useJob(started, async (finished) => {
    setStarted(null);
    if (finished.state === 'failed') return notifyError(new Error(finished.error?.message ?? finished.phase));
    const parsed = resultSchema.safeParse(finished.result);
    if (!parsed.success) return;
    const topics = await call('insights:topicList', {}).catch(() => []);
    const labelOf = (id: string) => topics.find((topic) => topic.id === id)?.label ?? id;
    onOutcome({ drafted: parsed.data.drafts.length, refusals: parsed.data.refusals.map((r) => ({ ...r, topic: labelOf(r.topicId) })) });
    const first = parsed.data.drafts[0];
    if (first) openDraft(first.id);
  });

  const start = () => {
    onOutcome(null);
    call('drafts:generate', { top }).then(setStarted, notifyError);
  };
  const running = job !== null;
  return (
    <Space wrap>
        <span>{t('generate.top')}</span>
        <InputNumber min={1} max={50} value={top} onChange={(v) => setTop(v ?? 5)} disabled={running} aria-label={t('generate.topics')} style={{ width: 72 }} />
        <span>{t('generate.topics')}</span>
        <Button type="primary" onClick={start} loading={running}>
          {running ? t('generate.running') : t('generate.run')}
        </Button>
        {running && (
          <>
            <Progress percent={job.total > 0 ? Math.round((100 * job.done) / job.total) : 0} size="small" style={{ width: 140 }} aria-label={job.phase} />
            <Button onClick={() => call('jobs:cancel', { id: job.id }).catch(notifyError)}>{t('generate.cancel')}</Button>
          </>
        )}
    </Space>
  );
}

/** What the last "draft the top N" run did, and why some topics got no draft. */
export function GenerateOutcomeAlert({ outcome, onClose }: { outcome: GenerateOutcome; onClose: () => void }) {
  const { t } = useTranslation('drafts');
  return (
    <Alert
      className="drafts-generate-outcome"
      type={outcome.refusals.length > 0 ? 'warning' : 'success'}
      showIcon
      closable
      onClose={onClose}
      title={t('generate.done', { count: outcome.drafted })}
      description={
        outcome.refusals.length > 0 && (
          <>
            {t('generate.refused')}
            <ul>
              {outcome.refusals.map((r) => (
                <li key={r.topicId}>{t(`generate.${r.reason}`, { topic: r.topic, count: r.successCount, minimum: r.minimum })}</li>
              ))}
            </ul>
          </>
        )
      }
    />
  );
}
