import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../app/ScreenHeader';
import { useUi } from '../../state/ui';
import { AuditLog } from './AuditLog';
import { Dashboard } from './Dashboard';
import { QueueView } from './QueueView';
import { ReviewerView } from './ReviewerView';

type Tab = 'queue' | 'dashboard' | 'audit';

/** `#/review`: the queue, the dashboard and the audit log; `#/review/<articleId>`: the reviewer view. */
export default function ReviewScreen() {
  const param = useUi((s) => s.param);
  if (param) return <ReviewerView key={param} articleId={param} />;
  return <ReviewHome />;
}

function ReviewHome() {
  const { t } = useTranslation(['review', 'nav']);
  const [tab, setTab] = useState<Tab>('queue');
  return (
    <div className="g-screen">
      <ScreenHeader title={t('nav:review')} subtitle={t('review:subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as Tab)}
        destroyOnHidden
        items={[
          { key: 'queue', label: t('review:tabs.queue'), children: <QueueView /> },
          { key: 'dashboard', label: t('review:tabs.dashboard'), children: <Dashboard /> },
          { key: 'audit', label: t('review:tabs.audit'), children: <AuditLog /> },
        ]}
      />
    </div>
  );
}
