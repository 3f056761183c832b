import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../app/ScreenHeader';
import { AnalysisCards } from './AnalysisCards';
import { BackupsCard } from './BackupsCard';
import { MaintenanceCard } from './MaintenanceCard';
import { ModelsCard } from './models/ModelsCard';
import { PreferencesCards } from './PreferencesCards';
import { WorkspaceCard } from './WorkspaceCard';

export default function SettingsScreen() {
  const { t } = useTranslation('settings');
  return (
    <div className="g-screen">
      <ScreenHeader title={t('title')} subtitle={t('subtitle')} />
      <div className="g-settings-grid">
        <PreferencesCards />
        <ModelsCard />
        <AnalysisCards />
        <WorkspaceCard />
        <BackupsCard />
        <MaintenanceCard />
      </div>
    </div>
  );
}
