import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../app/ScreenHeader';
import { MaintenanceCard } from './MaintenanceCard';
import { PreferencesCards } from './PreferencesCards';
import { WorkspaceCard } from './WorkspaceCard';

export default function SettingsScreen() {
  const { t } = useTranslation('settings');
  return (
    <div className="g-screen">
      <ScreenHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="g-settings-grid">
        <PreferencesCards />
        <WorkspaceCard />
        <MaintenanceCard />
      </div>
    </div>
  );
}
