import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './useAutosave';

export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useTranslation('articles');
  const content =
    status.kind === 'saved' ? (
      <>
        <CheckCircleOutlined /> {t('save.saved')}
      </>
    ) : status.kind === 'saving' ? (
      <>
        <LoadingOutlined /> {t('save.saving')}
      </>
    ) : status.kind === 'failed' ? (
      <>
        <ExclamationCircleOutlined /> {t('save.failed', { message: status.message })}
      </>
    ) : (
      t('save.unsaved')
    );
  return (
    <Typography.Text type={status.kind === 'failed' || status.kind === 'conflict' ? 'danger' : 'secondary'} role="status" aria-live="polite" data-testid="save-status" data-state={status.kind}>
      {content}
    </Typography.Text>
  );
}
