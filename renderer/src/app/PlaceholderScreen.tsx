import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi, type ScreenId } from '../state/ui';
import { EmptyState } from './EmptyState';
import { ScreenHeader } from './ScreenHeader';

type EmptyScreenId = Exclude<ScreenId, 'settings'>;

/** A screen before its data exists: its title, and an empty state that leads to the next step. */
export function PlaceholderScreen({ id, icon, actionTarget }: { id: EmptyScreenId; icon: ReactNode; actionTarget: ScreenId }) {
  const { t } = useTranslation(['screens', 'nav']);
  const navigate = useUi((s) => s.navigate);
  return (
    <div className="g-screen">
      <ScreenHeader title={t(`nav:${id}`)} subtitle={t(`screens:${id}.subtitle`)} />
      <EmptyState
        icon={icon}
        title={t(`screens:${id}.emptyTitle`)}
        body={t(`screens:${id}.emptyBody`)}
        action={{ label: t(`screens:${id}.emptyAction`), onClick: () => navigate(actionTarget) }}
      />
    </div>
  );
}
