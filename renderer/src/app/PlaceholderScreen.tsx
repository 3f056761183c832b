import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../state/ui';
import { EmptyState } from './EmptyState';
import { routeOf, type ScreenId } from './routes';
import { ScreenHeader } from './ScreenHeader';

type FeatureNamespace = 'insights' | 'transcripts' | 'drafts' | 'articles' | 'review' | 'export';

interface PlaceholderScreenProps {
  id: FeatureNamespace;
  icon: ReactNode;
  /** Where the empty state's button leads: the screen where the data for this one is made. */
  actionTarget?: ScreenId;
  /** A command line that fills this screen, shown under the empty state. */
  command?: string;
}

/** A screen before its data exists: its title, and an empty state that leads to the next step. */
export function PlaceholderScreen({ id, icon, actionTarget, command }: PlaceholderScreenProps) {
  const { t } = useTranslation([id, 'nav']);
  const navigate = useUi((s) => s.navigate);
  const steps = t('empty.steps', { ns: id, returnObjects: true }) as Record<string, string>;
  return (
    <div className="g-screen">
      <ScreenHeader title={t(routeOf(id).titleKey)} subtitle={t('subtitle', { ns: id })} />
      <EmptyState
        icon={icon}
        title={t('empty.title', { ns: id })}
        body={t('empty.body', { ns: id })}
        steps={Object.values(steps)}
        {...(actionTarget && {
          action: { label: t('empty.action', { ns: id }), onClick: () => navigate(actionTarget) },
        })}
        {...(command && { command: { label: t('empty.commandLabel', { ns: id }), text: command } })}
      />
    </div>
  );
}
