import { Alert, DatePicker, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleSummary } from '../../../../shared/domain/article';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';
import { useUi } from '../../state/ui';
import { usePeople } from './people';

const DEFAULT_DUE_DAYS = 3;

/** Submit for review: pick the reviewer and the date the decision is due. */
export function SubmitDialog({ article, authorId, onClose, onDone }: { article: ArticleSummary; authorId: string; onClose: () => void; onDone: (article: Article, reviewer: string) => void }) {
  const { t } = useTranslation('review');
  const notifyError = useNotifyError();
  const people = usePeople((s) => s.people);
  const separate = useUi((s) => s.settings?.requireSeparateReviewer ?? true);
  const reviewers = people.filter((p) => p.role !== 'author' && !(separate && p.id === authorId));
  const [reviewerId, setReviewerId] = useState<string | undefined>(reviewers.length === 1 ? reviewers[0]?.id : undefined);
  const [due, setDue] = useState<Dayjs>(dayjs().add(DEFAULT_DUE_DAYS, 'day'));
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (!reviewerId) return;
    setBusy(true);
    try {
      const next = await call('review:transition', { articleId: article.id, action: 'submit', baseVersion: article.version, reviewerId, due: due.format('YYYY-MM-DD') });
      onDone(next, people.find((p) => p.id === reviewerId)?.name ?? '');
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('submit.title')} okText={t('submit.ok')} okButtonProps={{ disabled: !reviewerId }} onOk={() => void submit()} onCancel={onClose} confirmLoading={busy}>
      {reviewers.length === 0 ? (
        <Alert type="warning" showIcon title={t('submit.noReviewers')} />
      ) : (
        <Form layout="vertical">
          <Form.Item label={t('submit.reviewer')} required>
            <Select
              aria-label={t('submit.reviewer')}
              value={reviewerId}
              onChange={setReviewerId}
              placeholder={t('submit.reviewerPlaceholder')}
              options={reviewers.map((p) => ({ value: p.id, label: `${p.name} · ${t(`profile.roles.${p.role}`)}` }))}
            />
          </Form.Item>
          <Form.Item label={t('submit.due')}>
            <DatePicker aria-label={t('submit.due')} value={due} allowClear={false} onChange={(d) => d && setDue(d)} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
