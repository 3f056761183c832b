import { Checkbox, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleSummary } from '../../../../shared/domain/article';
import { KCS_CHECKLIST, type ChecklistItem } from '../../../../shared/domain/review';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';

export type DecisionKind = 'approve' | 'request_changes';

const emptyChecklist = (): Record<ChecklistItem, boolean> =>
  Object.fromEntries(KCS_CHECKLIST.map((item) => [item, false])) as Record<ChecklistItem, boolean>;

/** Approve or request changes, with a reason and the KCS quality checklist stored with the decision. */
export function DecisionDialog({
  article,
  initial,
  onClose,
  onDone,
}: {
  article: ArticleSummary;
  initial: DecisionKind;
  onClose: () => void;
  onDone: (article: Article) => void;
}) {
  const { t } = useTranslation('review');
  const notifyError = useNotifyError();
  const [decision, setDecision] = useState<DecisionKind>(initial);
  const [checklist, setChecklist] = useState(emptyChecklist);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const checked = KCS_CHECKLIST.filter((item) => checklist[item]).length;
  const problem =
    reason.trim() !== ''
      ? null
      : decision === 'request_changes'
        ? t('decision.reasonRequired')
        : checked < KCS_CHECKLIST.length
          ? t('decision.reasonUnchecked')
          : null;

  const submit = async () => {
    setTried(true);
    if (problem) return;
    setBusy(true);
    try {
      const result = await call('review:decide', { articleId: article.id, baseVersion: article.version, decision, reason, checklist });
      onDone(result.article);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('decision.title', { title: article.title })}
      okText={t('decision.ok')}
      okButtonProps={{ danger: decision === 'request_changes' }}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      width={560}
    >
      <Form layout="vertical">
        <Form.Item label={t('decision.kind')}>
          <Radio.Group
            value={decision}
            onChange={(e) => setDecision(e.target.value as DecisionKind)}
            optionType="button"
            options={[
              { value: 'approve', label: t('decision.approve') },
              { value: 'request_changes', label: t('decision.request_changes') },
            ]}
          />
        </Form.Item>
        <Form.Item label={<span>{t('decision.checklist')} <Typography.Text type="secondary">· {t('decision.checked', { count: checked, total: KCS_CHECKLIST.length })}</Typography.Text></span>}>
          <div className="review-checklist" role="group" aria-label={t('decision.checklist')}>
            {KCS_CHECKLIST.map((item) => (
              <Checkbox key={item} checked={checklist[item]} onChange={(e) => setChecklist((c) => ({ ...c, [item]: e.target.checked }))}>
                {t(`checklist.${item}`)}
              </Checkbox>
            ))}
          </div>
        </Form.Item>
        <Form.Item label={t('decision.reason')} validateStatus={tried && problem ? 'error' : undefined} help={tried ? problem : undefined}>
          <Input.TextArea
            aria-label={t('decision.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder={t('decision.reasonPlaceholder')}
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={4000}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
