import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';

interface FolderSettingProps {
  value: string | null;
  /** True when the folder comes from the last export to this target. */
  remembered: boolean;
  targetName: string;
  onChange: (folder: string) => void;
}

/** The output folder of a file target, chosen with the system's folder dialog. */
export function FolderSetting({ value, remembered, targetName, onChange }: FolderSettingProps) {
  const { t } = useTranslation('export');
  const notifyError = useNotifyError();
  const pick = () =>
    call('export:pickFolder', {}).then((folder) => {
      if (folder) onChange(folder);
    }, notifyError);
  return (
    <div className="export-setting">
      <Typography.Text strong id="export-folder-label">
        {t('folder.label')}
      </Typography.Text>
      <div className="export-folder-row">
        <Typography.Text
          className={`export-folder-path g-mono${value ? '' : ' is-empty'}`}
          aria-labelledby="export-folder-label"
          data-testid="export-folder"
          ellipsis={{ tooltip: value }}
        >
          {value ?? t('folder.none')}
        </Typography.Text>
        <Button icon={<FolderOpenOutlined />} onClick={pick} type={value ? 'default' : 'primary'}>
          {value ? t('folder.change') : t('folder.choose')}
        </Button>
      </div>
      <Typography.Text type="secondary" className="export-setting-help">
        {remembered ? `${t('folder.remembered', { target: targetName })} ` : ''}
        {t('folder.help')}
      </Typography.Text>
    </div>
  );
}
