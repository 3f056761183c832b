import { HighlightOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../../shared/domain/draft';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';

/** The last endpoint and model the user polished with: a UI preference of this computer, not of the workspace. */
const STORAGE_KEY = 'gleaner.polish';
const remembered = (): { endpoint: string; model: string } => {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { endpoint?: unknown; model?: unknown };
    return {
      endpoint: typeof value.endpoint === 'string' ? value.endpoint : 'http://127.0.0.1:11434/v1',
      model: typeof value.model === 'string' ? value.model : 'llama3.1',
    };
  } catch {
    return { endpoint: 'http://127.0.0.1:11434/v1', model: 'llama3.1' };
  }
};

/** Optional wording polish through a local OpenAI-compatible server; the citations stay as they are. */
export function PolishDialog({ draft, onPolished }: { draft: Draft; onPolished: (draft: Draft) => void }) {
  const { t } = useTranslation('drafts');
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ endpoint: string; model: string }>();

  const run = (values: { endpoint: string; model: string }) => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(values));
    setBusy(true);
    call('drafts:polish', { id: draft.id, ...values })
      .then((result) => {
        onPolished(result.draft);
        setOpen(false);
        void message.success(t('polish.done', { rewritten: result.rewritten, kept: result.kept }));
      }, notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Button icon={<HighlightOutlined />} onClick={() => setOpen(true)}>
        {t('polish.action')}
      </Button>
      <Modal open={open} title={t('polish.title')} okText={t('polish.run')} confirmLoading={busy} onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('polish.body')}</Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={remembered()} onFinish={run}>
          <Form.Item name="endpoint" label={t('polish.endpoint')} rules={[{ required: true, type: 'url' }]}>
            <Input placeholder="http://127.0.0.1:11434/v1" />
          </Form.Item>
          <Form.Item name="model" label={t('polish.model')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
