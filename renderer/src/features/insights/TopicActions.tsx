import { DownOutlined, EditOutlined, EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicSummary } from '../../../../shared/domain/topics';
import type { TopicEditRequest } from '../../../../shared/domain/topics';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';
import { useCall } from '../../lib/use-call';
import { openTopic } from '../../lib/links';
import { useUi } from '../../state/ui';

type Dialog = 'rename' | 'merge' | 'split' | null;

/** Rename, hide, merge and split one topic (merge and split re-run discovery, which takes a moment). */
function MergeSelect({ topic, value, onChange }: { topic: TopicSummary; value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation('insights');
  const topics = useCall('insights:topicList', {});
  const others = (topics.data ?? []).filter((o) => o.id !== topic.id && !o.hidden);
  return (
    <Select
      mode="multiple"
      autoFocus
      loading={topics.loading}
      style={{ width: '100%' }}
      aria-label={t('topic.actions.mergeWith')}
      placeholder={t('topic.actions.mergeWith')}
      value={value}
      onChange={onChange}
      optionFilterProp="label"
      options={others.map((o) => ({ value: o.id, label: o.label }))}
    />
  );
}

export function TopicActions({ topic, onChanged }: { topic: TopicSummary; onChanged: () => void }) {
  const { t } = useTranslation('insights');
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const navigate = useUi((s) => s.navigate);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [label, setLabel] = useState(topic.label);
  const [mergeWith, setMergeWith] = useState<string[]>([]);
  const [parts, setParts] = useState(2);
  const [busy, setBusy] = useState(false);

  const edit = async (request: TopicEditRequest, after: () => void | Promise<void>) => {
    setBusy(true);
    try {
      await call('insights:editTopic', request);
      await after();
      setDialog(null);
      setMergeWith([]);
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  const rename = () => label.trim() && edit({ kind: 'rename', topicId: topic.id, label: label.trim() }, onChanged);
  const merge = () =>
    edit({ kind: 'merge', topicIds: [topic.id, ...mergeWith] }, async () => {
      const topics = await call('insights:topicList', {});
      const survivor = [topic.id, ...mergeWith].find((id) => topics.some((s) => s.id === id));
      message.success(t('topic.actions.merged'));
      if (survivor && survivor !== topic.id) openTopic(survivor);
      else onChanged();
    });
  const split = () =>
    edit({ kind: 'split', topicId: topic.id, parts }, () => {
      message.success(t('topic.actions.splitDone', { parts }));
      navigate('insights', null);
    });

  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => (setLabel(topic.label), setDialog('rename'))}>
        {t('topic.actions.rename')}
      </Button>
      <Button
        icon={topic.hidden ? <EyeOutlined /> : <EyeInvisibleOutlined />}
        onClick={() => void edit({ kind: 'hide', topicId: topic.id, hidden: !topic.hidden }, onChanged)}
      >
        {topic.hidden ? t('topic.actions.show') : t('topic.actions.hide')}
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'merge', label: t('topic.actions.merge') },
            { key: 'split', label: t('topic.actions.split'), disabled: topic.size < 4 },
          ],
          onClick: ({ key }) => setDialog(key as Dialog),
        }}
      >
        <Button>
          <Space>
            {t('topic.actions.more')}
            <DownOutlined />
          </Space>
        </Button>
      </Dropdown>

      <Modal open={dialog === 'rename'} title={t('topic.actions.renameTitle')} okText={t('topic.actions.save')} onOk={rename} okButtonProps={{ disabled: !label.trim(), loading: busy }} onCancel={() => setDialog(null)} destroyOnHidden>
        <Input autoFocus value={label} maxLength={120} aria-label={t('topic.actions.renameTitle')} onChange={(e) => setLabel(e.target.value)} onPressEnter={rename} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          {t('topic.actions.autoLabel', { label: topic.autoLabel })}
        </Typography.Paragraph>
      </Modal>
      <Modal open={dialog === 'merge'} title={t('topic.actions.mergeTitle', { label: topic.label })} okText={t('topic.actions.merge')} onOk={merge} okButtonProps={{ disabled: mergeWith.length === 0, loading: busy }} onCancel={() => setDialog(null)} destroyOnHidden>
        <MergeSelect topic={topic} value={mergeWith} onChange={setMergeWith} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          {t('topic.actions.rerunNote')}
        </Typography.Paragraph>
      </Modal>
      <Modal open={dialog === 'split'} title={t('topic.actions.splitTitle', { label: topic.label })} okText={t('topic.actions.split')} onOk={split} okButtonProps={{ loading: busy }} onCancel={() => setDialog(null)} destroyOnHidden>
        <Space>
          <Typography.Text>{t('topic.actions.parts')}</Typography.Text>
          <InputNumber autoFocus min={2} max={Math.min(10, topic.size)} value={parts} aria-label={t('topic.actions.parts')} onChange={(v) => setParts(v ?? 2)} />
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          {t('topic.actions.rerunNote')}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
