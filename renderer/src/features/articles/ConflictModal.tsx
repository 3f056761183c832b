import { Button, Col, Modal, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleConflict } from '../../../../shared/domain/article';

/** Both versions side by side; the person decides, nothing is overwritten silently. */
export function ConflictModal({ conflict, mineText, who, onKeepMine, onTakeTheirs, onClose }: { conflict: ArticleConflict; mineText: string; who: string; onKeepMine: () => void; onTakeTheirs: () => void; onClose: () => void }) {
  const { t } = useTranslation('articles');
  return (
    <Modal
      open
      title={t('conflict.title')}
      width={900}
      onCancel={onClose}
      footer={[
        <Button key="theirs" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </Button>,
        <Button key="mine" type="primary" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('conflict.body', { who, version: conflict.theirs.version })}</Typography.Paragraph>
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Title level={5}>{t('conflict.theirs')}</Typography.Title>
          <pre className="g-conflict-text" data-testid="conflict-theirs" style={{ whiteSpace: 'pre-wrap', maxHeight: 360, overflow: 'auto' }}>{conflict.theirs.text}</pre>
        </Col>
        <Col span={12}>
          <Typography.Title level={5}>{t('conflict.mine')}</Typography.Title>
          <pre className="g-conflict-text" data-testid="conflict-mine" style={{ whiteSpace: 'pre-wrap', maxHeight: 360, overflow: 'auto' }}>{mineText}</pre>
        </Col>
      </Row>
    </Modal>
  );
}
