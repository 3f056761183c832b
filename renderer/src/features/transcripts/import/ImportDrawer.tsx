import { FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Space, Switch, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, Encoding, ImportFormat } from '../../../../../shared/domain/ingest';
import { useErrorText, useNotifyError } from '../../../app/errors';
import { call, IpcError } from '../../../lib/ipc';
import { useCall } from '../../../lib/use-call';
import { useUi } from '../../../state/ui';
import { FileSetup } from './FileSetup';
import { ImportProgress } from './ImportProgress';
import { ImportReportView } from './ImportReportView';
import { combineReports, isReady, newImportFile, type ImportFile } from './model';
import { useImportRun } from './useImportRun';

interface ImportDrawerProps {
  open: boolean;
  onClose: () => void;
  /** Files dropped on the screen, added when they change. */
  dropped: { paths: string[]; at: number } | null;
  /** After an import finished (the list and the filters reload). */
  onImported: () => void;
}

/** Choose files, check format, encoding and columns, run with progress and cancel, read the report. */
export function ImportDrawer({ open, onClose, dropped, onImported }: ImportDrawerProps) {
  const { t } = useTranslation('transcripts');
  const notifyError = useNotifyError();
  const errorText = useErrorText();
  const redactDefault = useUi((s) => s.settings?.redactOnImport ?? true);
  const [files, setFiles] = useState<ImportFile[]>([]);
  const [redact, setRedact] = useState(redactDefault);
  const presets = useCall('ingest:presets', {});
  const { state, run, cancel, reset } = useImportRun();

  const update = useCallback(
    (path: string, patch: Partial<ImportFile>) =>
      setFiles((list) => list.map((f) => (f.path === path ? { ...f, ...patch } : f))),
    [],
  );

  const detect = useCallback(
    async (file: ImportFile) => {
      update(file.path, { detecting: true });
      try {
        const preview = await call('ingest:detect', {
          path: file.path,
          format: file.format,
          encoding: file.encoding,
          ...(Object.keys(file.mapping).length > 0 && { mapping: file.mapping }),
        });
        update(file.path, { preview, mapping: preview.mapping, detecting: false, error: undefined });
      } catch (error) {
        update(file.path, {
          detecting: false,
          preview: undefined,
          error: error instanceof IpcError ? error.message : String(error),
        });
      }
    },
    [update],
  );

  const current = useRef(files);
  useEffect(() => {
    current.current = files;
  }, [files]);
  const add = useCallback(
    (paths: readonly string[]) => {
      const fresh = [...new Set(paths)]
        .filter((p) => !current.current.some((f) => f.path === p))
        .map(newImportFile);
      if (fresh.length === 0) return;
      setFiles((list) => [...list, ...fresh.filter((f) => !list.some((x) => x.path === f.path))]);
      for (const file of fresh) void detect(file);
    },
    [detect],
  );

  useEffect(() => {
    if (dropped && dropped.paths.length > 0) {
      if (state.phase === 'done') reset();
      add(dropped.paths);
    }
    // Only a new drop adds files, not a change of phase.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dropped]);

  const choose = async () => {
    try {
      add(await call('ingest:pickFiles', {}));
    } catch (error) {
      notifyError(error);
    }
  };

  const change = (file: ImportFile, patch: { format?: ImportFormat | 'auto'; encoding?: Encoding }) => {
    const next = { ...file, ...patch };
    update(file.path, patch);
    void detect(next);
  };

  // Unreadable files are left out (their error is shown); the others must all be ready.
  const ready = files.filter(isReady);
  const importable = files.filter((f) => !f.error);
  const blocked = ready.length < importable.length;
  const start = async () => {
    await run(ready, redact);
    onImported();
  };
  const again = () => {
    setFiles([]);
    reset();
  };

  const report = state.phase === 'done' ? combineReports(state.reports) : null;
  const footer =
    state.phase === 'idle' ? (
      <div className="transcripts-import-footer">
        <Button onClick={onClose}>{t('import.close')}</Button>
        <Button type="primary" disabled={ready.length === 0 || blocked} onClick={() => void start()}>
          {importable.length > 0 ? t('import.runCount', { count: importable.length }) : t('import.run')}
        </Button>
      </div>
    ) : state.phase === 'done' ? (
      <div className="transcripts-import-footer">
        <Button onClick={again}>{t('import.another')}</Button>
        <Button type="primary" onClick={() => { again(); onClose(); }}>
          {t('import.viewConversations')}
        </Button>
      </div>
    ) : null;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('import.title')}
      size={Math.min(980, Math.round(window.innerWidth * 0.9))}
      className="transcripts-import-drawer"
      footer={footer}
    >
      {state.phase === 'idle' && (
        <div className="transcripts-import">
          <div className={`transcripts-dropzone${files.length ? ' transcripts-dropzone-compact' : ''}`}>
            <InboxOutlined aria-hidden className="transcripts-dropzone-icon" />
            <Typography.Text>{t('import.drop')}</Typography.Text>
            {files.length === 0 && <Typography.Text type="secondary">{t('import.dropHint')}</Typography.Text>}
            <Button icon={<FolderOpenOutlined />} onClick={() => void choose()}>
              {files.length ? t('import.addMore') : t('import.choose')}
            </Button>
          </div>
          {files.map((file) => (
            <FileSetup
              key={file.path}
              file={file}
              onFormat={(format) => change(file, { format })}
              onEncoding={(encoding) => change(file, { encoding })}
              onMapping={(mapping: ColumnMapping) => update(file.path, { mapping })}
              onRemove={() => setFiles((list) => list.filter((f) => f.path !== file.path))}
              presets={presets.data ?? []}
              onPresetSaved={presets.reload}
            />
          ))}
          {files.length > 0 && (
            <section className="transcripts-redact">
              <Space align="start">
                <Switch
                  checked={redact}
                  onChange={setRedact}
                  aria-label={t('import.redact')}
                  id="transcripts-redact-switch"
                />
                <div>
                  <label htmlFor="transcripts-redact-switch">
                    <Typography.Text strong>{t('import.redact')}</Typography.Text>
                  </label>
                  <Typography.Paragraph type="secondary" className="transcripts-redact-help">
                    {t('import.redactHelp')}
                  </Typography.Paragraph>
                </div>
              </Space>
            </section>
          )}
        </div>
      )}
      {state.phase === 'running' && (
        <ImportProgress
          file={ready[state.index]?.path ?? ''}
          index={state.index}
          count={state.count}
          jobId={state.jobId}
          cancelling={state.cancelling}
          onCancel={cancel}
        />
      )}
      {state.phase === 'done' && (
        <div className="transcripts-import">
          {state.failure !== null && (
            <Alert type="error" showIcon title={t('import.failed', { message: errorText(state.failure) })} />
          )}
          {report && <ImportReportView report={report} reportIds={state.reports.map((r) => r.id)} />}
        </div>
      )}
    </Drawer>
  );
}
