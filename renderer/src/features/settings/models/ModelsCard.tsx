import { CloudDownloadOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEXICAL_MODEL, type ModelInfo } from '../../../../../shared/domain/embed';
import { isJobFinished, type Job } from '../../../../../shared/domain/jobs';
import { useErrorText, useNotifyError } from '../../../app/errors';
import { RelativeTime } from '../../../app/RelativeTime';
import { formatNumber } from '../../../lib/format';
import { call, IpcError } from '../../../lib/ipc';
import { useCall } from '../../../lib/use-call';
import { useJobs } from '../../../state/jobs';
import { DownloadConsent } from './DownloadConsent';
import { EmbedProgress } from './EmbedProgress';
import { formatBytes, languageName } from './format';
import { useModelJobs } from './model-jobs';
import '../settings.css';

/** What the last action came to; translated when drawn, so a language switch applies to it too. */
interface Notice {
  type: 'success' | 'error' | 'warning' | 'info';
  key: string;
  model?: string;
  error?: unknown;
  /** A second sentence after the error (e.g. what to do offline). */
  hintKey?: string;
}

const jobError = (job: Job): IpcError =>
  new IpcError(job.error?.code ?? 'E_INTERNAL', job.error?.message ?? job.state);

/** Embedding models: what is installed, which one is active, import, download, switch. */
export function ModelsCard() {
  const { t, i18n } = useTranslation(['settings', 'common']);
  const errorText = useErrorText();
  const notifyError = useNotifyError();
  const models = useCall('embed:models', {}, { reloadOn: ['workspace:changed', 'settings:changed'] });
  const status = useCall('embed:status', {}, { reloadOn: ['workspace:changed', 'settings:changed'] });
  const jobs = useJobs((s) => s.jobs);
  const tracked = useModelJobs((s) => s.models);
  const track = useModelJobs((s) => s.track);
  const forget = useModelJobs((s) => s.forget);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [consent, setConsent] = useState<ModelInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const labelOf = (id: string): string =>
    id === LEXICAL_MODEL
      ? t('lexicalLabel')
      : (models.data?.find((m) => m.id === id)?.label ?? id);
  const embedJob = jobs.find((j) => j.kind === 'embed.workspace' && !isJobFinished(j));
  const embedModel = embedJob
    ? (tracked[embedJob.id]?.model ?? status.data?.building ?? '')
    : null;
  const downloads = new Map(
    jobs
      .filter((j) => j.kind === 'embed.download' && !isJobFinished(j) && tracked[j.id])
      .map((j) => [tracked[j.id]!.model, j]),
  );
  const percentOf = (job: Job): number => (job.total > 0 ? Math.floor((job.done / job.total) * 100) : 0);

  // Finished jobs started here: say how they ended, then refresh the list and the index line.
  const finishedKey = jobs
    .filter((j) => isJobFinished(j) && tracked[j.id])
    .map((j) => j.id)
    .join(',');
  const embedRunning = embedJob?.id ?? '';
  useEffect(() => {
    for (const job of jobs) {
      const about = tracked[job.id];
      if (!about || !isJobFinished(job)) continue;
      forget(job.id);
      if (about.kind === 'download') {
        setNotice(
          job.state === 'done'
            ? { type: 'success', key: 'downloadDone', model: about.model }
            : job.state === 'cancelled'
              ? null
              : {
                  type: 'error',
                  key: 'downloadFailed',
                  model: about.model,
                  error: jobError(job),
                  hintKey: 'downloadOffline',
                },
        );
      } else {
        setNotice(
          job.state === 'done'
            ? { type: 'success', key: 'reembedDone', model: about.model }
            : job.state === 'cancelled'
              ? { type: 'warning', key: 'reembedCancelled' }
              : { type: 'error', key: 'reembedFailed', error: jobError(job) },
        );
      }
    }
    models.reload();
    status.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when a tracked job finishes or an embedding starts/stops
  }, [finishedKey, embedRunning]);

  const startEmbed = async (model: string) => {
    setNotice(null);
    try {
      const job = await call('embed:start', { model });
      track(job.id, model, 'embed');
      status.reload();
    } catch (error) {
      setNotice({ type: 'error', key: 'reembedFailed', error });
    }
  };

  const importFolder = async () => {
    setNotice(null);
    setBusy(true);
    try {
      const dir = await call('workspace:pickFolder', {});
      if (!dir) return;
      const { id, job } = await call('embed:importModel', { dir, activate: true });
      if (job) track(job.id, id, 'embed');
      models.reload();
    } catch (error) {
      setNotice({ type: 'error', key: 'importFailed', error });
    } finally {
      setBusy(false);
    }
  };

  const download = async (model: ModelInfo) => {
    setConsent(null);
    setNotice(null);
    try {
      // The consent just given is what the setting records; the backend refuses without it.
      await call('settings:set', { allowModelDownload: true });
      const job = await call('embed:download', { id: model.id });
      track(job.id, model.id, 'download');
    } catch (error) {
      setNotice({ type: 'error', key: 'downloadFailed', model: model.id, error, hintKey: 'downloadOffline' });
    }
  };

  const statusTag = (model: ModelInfo) => {
    if (model.active) return <Tag color="success">{t('status.active')}</Tag>;
    if (embedModel === model.id) return <Tag color="processing">{t('status.building')}</Tag>;
    const download = downloads.get(model.id);
    if (download)
      return <Tag color="processing">{t('status.downloading', { percent: percentOf(download) })}</Tag>;
    if (model.status === 'invalid')
      return (
        <Tooltip title={model.problem}>
          <Tag color="error">{t('status.invalid')}</Tag>
        </Tooltip>
      );
    if (model.status === 'not-installed') return <Tag>{t('status.notInstalled')}</Tag>;
    return <Tag color="blue">{t(model.status === 'bundled' ? 'status.bundled' : 'status.ready')}</Tag>;
  };

  const action = (model: ModelInfo) => {
    if (model.active || model.status === 'invalid') return null;
    const running = downloads.get(model.id);
    if (running)
      return (
        <Button
          size="small"
          onClick={() => void call('jobs:cancel', { id: running.id }).catch(notifyError)}
          aria-label={`${t('cancelJob')} ${model.label}`}
        >
          {t('cancelJob')}
        </Button>
      );
    if (model.status === 'not-installed')
      return (
        <Button
          size="small"
          icon={<CloudDownloadOutlined />}
          onClick={() => setConsent(model)}
          aria-label={`${t('download')} ${model.label}`}
        >
          {t('download')}
        </Button>
      );
    return (
      <Button
        size="small"
        type="primary"
        ghost
        disabled={Boolean(embedJob)}
        onClick={() => void startEmbed(model.id)}
        aria-label={`${t('useModel')} ${labelOf(model.id)}`}
      >
        {t('useModel')}
      </Button>
    );
  };

  const languages = (model: ModelInfo): string =>
    model.languages
      .map((code) =>
        code === 'any'
          ? t('anyLanguage')
          : code === 'multilingual'
            ? t('multilingual')
            : languageName(code, i18n.language),
      )
      .join(', ') || '—';

  const info = status.data;
  return (
    <Card
      title={t('models')}
      size="small"
      data-testid="models-card"
      extra={
        <Tooltip title={t('importModelHint')}>
          <Button icon={<FolderOpenOutlined />} loading={busy} onClick={() => void importFolder()}>
            {t('importModel')}
          </Button>
        </Tooltip>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('modelsHelp')}</Typography.Text>
        {info?.lexicalOnly && (
          <Alert
            type="info"
            showIcon
            data-testid="lexical-banner"
            message={t('lexicalBanner')}
            description={t('lexicalBannerBody')}
          />
        )}
        {notice && (
          <Alert
            type={notice.type}
            showIcon
            closable
            onClose={() => setNotice(null)}
            message={t(notice.key, { model: notice.model ? labelOf(notice.model) : '' })}
            description={
              notice.error !== undefined || notice.hintKey ? (
                <>
                  {notice.error !== undefined && <div>{errorText(notice.error)}</div>}
                  {notice.hintKey && <div>{t(notice.hintKey)}</div>}
                </>
              ) : undefined
            }
            data-testid="models-notice"
          />
        )}
        {embedJob && <EmbedProgress job={embedJob} model={labelOf(embedModel ?? '')} />}
        <div className="g-models-index">
          <Typography.Text strong>{t('index')}</Typography.Text>
          {info && info.documents > 0 ? (
            <Typography.Text type="secondary">
              {t('indexSummary', {
                n: formatNumber(info.documents, i18n.language),
                model: labelOf(info.activeModel),
              })}
              {info.builtAt && (
                <>
                  {' · '}
                  {t('indexBuilt')} <RelativeTime iso={info.builtAt} />
                </>
              )}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('indexEmpty')}</Typography.Text>
          )}
          <Button
            size="small"
            autoInsertSpace={false}
            disabled={Boolean(embedJob) || !info}
            onClick={() => info && void startEmbed(info.activeModel)}
          >
            {info && info.documents > 0 ? t('rebuildIndex') : t('buildIndex')}
          </Button>
        </div>
        <Table<ModelInfo>
          size="small"
          rowKey="id"
          loading={models.loading && !models.data}
          dataSource={models.data ?? []}
          pagination={false}
          scroll={{ x: 760 }}
          columns={[
            {
              key: 'model',
              title: t('modelColumn'),
              render: (_, model) => (
                <div className="g-models-name">
                  <Typography.Text strong>{labelOf(model.id)}</Typography.Text>
                  {labelOf(model.id) !== model.id && (
                    <Typography.Text type="secondary" className="g-mono">
                      {model.id}
                    </Typography.Text>
                  )}
                  {model.problem && (
                    <Typography.Text type="danger" className="g-models-problem">
                      {model.problem}
                    </Typography.Text>
                  )}
                </div>
              ),
            },
            { key: 'languages', title: t('languagesColumn'), render: (_, m) => languages(m) },
            {
              key: 'dimension',
              title: t('dimensionColumn'),
              align: 'right',
              render: (_, m) => (m.dimension ? formatNumber(m.dimension, i18n.language) : '—'),
            },
            {
              key: 'size',
              title: t('sizeColumn'),
              align: 'right',
              render: (_, m) =>
                m.sizeBytes ? formatBytes(m.sizeBytes, i18n.language) : m.sizeBytes === 0 ? '—' : '?',
            },
            { key: 'status', title: t('statusColumn'), render: (_, m) => statusTag(m) },
            { key: 'action', title: t('actionsColumn'), render: (_, m) => action(m) },
          ]}
        />
      </Space>
      <DownloadConsent
        model={consent}
        onCancel={() => setConsent(null)}
        onConfirm={(model) => void download(model)}
      />
    </Card>
  );
}
