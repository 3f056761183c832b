import { BulbOutlined } from '@ant-design/icons';
import { Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../app/EmptyState';
import { ScreenHeader } from '../../app/ScreenHeader';
import { onEvent } from '../../lib/ipc';
import { openDraft } from '../../lib/links';
import { useCall } from '../../lib/use-call';
import { useUi } from '../../state/ui';
import { DraftList } from './DraftList';
import { DraftView } from './DraftView';
import { GenerateDrafts, GenerateOutcomeAlert, type GenerateOutcome } from './GenerateDrafts';

/** The drafts inbox: AI drafts by friction on the left, the selected one (`#/drafts/<id>`) on the right. */
export default function DraftsScreen() {
  const { t } = useTranslation(['drafts', 'nav']);
  const selected = useUi((s) => s.param);
  const navigate = useUi((s) => s.navigate);
  const drafts = useCall('drafts:list', {});
  const { reload } = drafts;
  const [outcome, setOutcome] = useState<GenerateOutcome | null>(null);

  useEffect(() => onEvent('job:progress', (job) => job.kind === 'drafts.generate' && job.state === 'done' && reload()), [reload]);

  const list = drafts.data ?? [];
  const firstId = list[0]?.id;
  useEffect(() => {
    if (!selected && firstId) openDraft(firstId);
  }, [selected, firstId]);

  if (drafts.loading && !drafts.data) return <Spin className="g-screen-spin" />;
  const header = <ScreenHeader title={t('nav:drafts')} subtitle={t('drafts:subtitle')} actions={<GenerateDrafts onOutcome={setOutcome} />} />;
  const outcomeAlert = outcome && <GenerateOutcomeAlert outcome={outcome} onClose={() => setOutcome(null)} />;
  if (list.length === 0) {
    const steps = t('drafts:empty.steps', { returnObjects: true }) as Record<string, string>;
    return (
      <div className="g-screen">
        {header}
        {outcomeAlert}
        <EmptyState
          icon={<BulbOutlined />}
          title={t('drafts:empty.title')}
          body={t('drafts:empty.body')}
          steps={Object.values(steps)}
          action={{ label: t('drafts:empty.action'), onClick: () => navigate('insights') }}
        />
      </div>
    );
  }
  const current = list.find((d) => d.id === selected) ?? null;
  return (
    <div className="g-screen drafts-screen">
      {header}
      {outcomeAlert}
      <div className="drafts-layout">
        <DraftList drafts={list} selectedId={current?.id ?? null} />
        {current ? <DraftView key={current.id} summary={current} onChanged={reload} /> : <div className="drafts-view-empty">{t('drafts:view.placeholder')}</div>}
      </div>
    </div>
  );
}
