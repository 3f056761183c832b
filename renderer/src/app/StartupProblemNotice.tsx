import { Button, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupProblem } from '../../../shared/domain/workspace';
import { call, IpcError } from '../lib/ipc';
import { useErrorText } from './errors';

/**
 * Once per start: when the last workspace could not be opened (moved, damaged), says so, why, and
 * how to get it back, instead of silently showing another workspace.
 */
export function StartupProblemNotice() {
  const { t } = useTranslation('common');
  const errorText = useErrorText();
  const [problem, setProblem] = useState<StartupProblem | null>(null);
  useEffect(() => {
    let cancelled = false;
    void call('workspace:startupProblem', {})
      .then((found) => !cancelled && setProblem(found))
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, []);
  if (!problem) return null;
  const close = () => setProblem(null);
  return (
    <Modal
      open
      title={t('startupProblem.title')}
      width={600}
      onCancel={close}
      footer={
        <Button type="primary" onClick={close}>
          {t('close')}
        </Button>
      }
    >
      <div data-testid="startup-problem">
        <p>
          <Typography.Text code>{problem.dir}</Typography.Text>
        </p>
        <p>{errorText(new IpcError(problem.code, problem.message))}</p>
        <p>{t('startupProblem.next')}</p>
        <Typography.Paragraph>
          <Typography.Text code copyable>{`gleaner backup --list --workspace "${problem.dir}"`}</Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph>
          <Typography.Text code copyable>{`gleaner restore BACKUP_DIR --workspace "${problem.dir}"`}</Typography.Text>
        </Typography.Paragraph>
      </div>
    </Modal>
  );
}
