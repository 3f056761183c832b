import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleConflict } from '../../../../shared/domain/article';
import { ConflictModal } from './ConflictModal';

interface ConflictBannerProps {
  conflict: ArticleConflict;
  who: string;
  mineText: () => string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/**
 * A conflict shown above the editor without taking the focus from it: the person can finish the
 * sentence, then compare both versions and choose. Nothing is saved over the other version meanwhile.
 */
export function ConflictBanner({ conflict, who, mineText, onKeepMine, onTakeTheirs }: ConflictBannerProps) {
  const { t } = useTranslation('articles');
  const [comparing, setComparing] = useState(false);
  return (
    <>
      <Alert
        className="articles-conflict"
        type="warning"
        showIcon
        role="status"
        title={t('conflict.title')}
        description={`${t('conflict.body', { who, version: conflict.theirs.version })} ${t('conflict.typingContinues')}`}
        action={
          <Space orientation="vertical" size={4}>
            <Button size="small" onClick={() => setComparing(true)}>
              {t('conflict.compare')}
            </Button>
            <Button size="small" type="primary" onClick={onKeepMine}>
              {t('conflict.keepMine')}
            </Button>
            <Button size="small" onClick={onTakeTheirs}>
              {t('conflict.takeTheirs')}
            </Button>
          </Space>
        }
      />
      {comparing && (
        <ConflictModal
          conflict={conflict}
          who={who}
          mineText={mineText()}
          onKeepMine={() => {
            setComparing(false);
            onKeepMine();
          }}
          onTakeTheirs={() => {
            setComparing(false);
            onTakeTheirs();
          }}
          onClose={() => setComparing(false)}
        />
      )}
    </>
  );
}
