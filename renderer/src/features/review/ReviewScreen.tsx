import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../app/ScreenHeader';
import { useUi } from '../../state/ui';
import { AuditLog } from './AuditLog';
import { Dashboard } from './Dashboard';
import { QueueView } from './QueueView';
import { useReviewNav, type ReviewTab } from './nav';
import { ReviewerView } from './ReviewerView';

/** `#/review`: the queue, the dashboard and the audit log; `#/review/<articleId>`: the reviewer view. */
export default function ReviewScreen() {
  const param = useUi((s) => s.param);
  if (param) return <ReviewerView key={param} articleId={param} />;
  return <ReviewHome />;
}

function ReviewHome() {
  const { t } = useTranslation(['review', 'nav']);
  const tab = useReviewNav((s) => s.tab);
  const setTab = useReviewNav((s) => s.setTab);
  return (
    <div className="g-screen">
      <ScreenHeader title={t('nav:review')} subtitle={t('review:subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as ReviewTab)}
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
