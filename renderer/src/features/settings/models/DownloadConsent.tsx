import { Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelInfo } from '../../../../../shared/domain/embed';
import { formatBytes } from './format';

/** Asks before anything is fetched from the network: what, from where, how big. */
export function DownloadConsent({
  model,
  onCancel,
  onConfirm,
}: {
  model: ModelInfo | null;
  onCancel: () => void;
  onConfirm: (model: ModelInfo) => void;
}) {
  const { t, i18n } = useTranslation('settings');
  const size = model?.sizeBytes ? formatBytes(model.sizeBytes, i18n.language) : '?';
  return (
    <Modal
      open={model !== null}
      title={model ? t('downloadTitle', { model: model.label }) : null}
      okText={t('downloadConsent')}
      okButtonProps={{ autoInsertSpace: false }}
      cancelText={t('common:cancel')}
      onCancel={onCancel}
      onOk={() => model && onConfirm(model)}
      destroyOnHidden
    >
      {model && (
        <>
          <Typography.Paragraph>{t('downloadBody', { size })}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'source',
                label: t('downloadSource'),
                children: (
                  <Typography.Text className="g-mono" copyable>
                    {model.source ?? model.id}
                  </Typography.Text>
                ),
              },
              { key: 'size', label: t('downloadSize'), children: size },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('downloadOffline')}
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
