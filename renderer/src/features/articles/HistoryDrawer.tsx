import { Button, Checkbox, Drawer, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDiff } from '../../../../shared/domain/article';
import { useErrorText } from '../../app/errors';
import { call } from '../../lib/ipc';
import { formatDateTime } from '../../lib/format';
import { useCall } from '../../lib/use-call';

/** Every revision with restore, and a word-level diff between any two. */
export function HistoryDrawer({ articleId, version, open, onClose, onRestore }: { articleId: string; version: number; open: boolean; onClose: () => void; onRestore: (versionId: string) => void }) {
  const { t, i18n } = useTranslation('articles');
  const errorText = useErrorText();
  const versions = useCall('articles:versions', { id: articleId });
  const [picked, setPicked] = useState<string[]>([]);
  const [diff, setDiff] = useState<ArticleDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { reload } = versions;
  const [seenVersion, setSeenVersion] = useState(version);
  if (seenVersion !== version) {
    setSeenVersion(version);
    reload();
  }

  const toggle = (id: string, checked: boolean) => {
    setDiff(null);
    setPicked((current) => (checked ? [...current.filter((p) => p !== id), id].slice(-2) : current.filter((p) => p !== id)));
  };
  const compare = async () => {
    const [a, b] = picked;
    if (!a || !b) return;
    const list = versions.data ?? [];
    const older = list.findIndex((v) => v.id === a) > list.findIndex((v) => v.id === b) ? a : b;
    try {
      setDiff(await call('articles:diff', { fromId: older, toId: older === a ? b : a }));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('history.title')} size={520}>
      <Space style={{ marginBottom: 8 }}>
        <Button onClick={compare} disabled={picked.length !== 2}>{t('history.compare')}</Button>
        <Typography.Text type="secondary">{t('history.compareHint')}</Typography.Text>
      </Space>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {diff && (
        <div className="g-diff" data-testid="diff" style={{ whiteSpace: 'pre-wrap', border: '1px solid var(--ant-color-border)', borderRadius: 6, padding: 8, marginBottom: 12 }}>
          <Space style={{ marginBottom: 4 }}>
            <Tag color="green">{t('history.added', { count: diff.added })}</Tag>
            <Tag color="red">{t('history.removed', { count: diff.removed })}</Tag>
          </Space>
          <div>
            {diff.body.map((part, i) =>
              part.added ? <ins key={i} style={{ background: 'rgba(82,196,26,.2)' }}>{part.value}</ins> : part.removed ? <del key={i} style={{ background: 'rgba(255,77,79,.2)' }}>{part.value}</del> : <span key={i}>{part.value}</span>,
            )}
          </div>
        </div>
      )}
      <List
        dataSource={versions.data ?? []}
        loading={versions.loading}
        renderItem={(v) => (
          <List.Item
            actions={[
              <Button key="restore" size="small" onClick={() => onRestore(v.id)} disabled={v.version === version} aria-label={`${t('history.restore')} ${t('history.version', { version: v.version })}`}>
                {t('history.restore')}
              </Button>,
            ]}
          >
            <Checkbox checked={picked.includes(v.id)} onChange={(e) => toggle(v.id, e.target.checked)} aria-label={t('history.version', { version: v.version })} />
            <List.Item.Meta
              style={{ marginLeft: 8 }}
              title={
                <Space>
                  {t('history.version', { version: v.version })}
                  <Tag>{t(`history.kinds.${v.kind}`)}</Tag>
                </Space>
              }
              description={`${formatDateTime(v.savedAt, i18n.language)} · ${v.title}`}
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
