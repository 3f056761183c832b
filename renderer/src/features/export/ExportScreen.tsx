import { AuditOutlined, CloudUploadOutlined, ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_MARKDOWN_LAYOUT, type ExportReport, type ExportTarget, type MarkdownLayout } from '../../../../shared/domain/export';
import { isJobFinished } from '../../../../shared/domain/jobs';
import { exportRefusalOf } from '../../../../shared/domain/permissions';
import { EmptyState } from '../../app/EmptyState';
import { useErrorText, useNotifyError } from '../../app/errors';
import { ScreenHeader } from '../../app/ScreenHeader';
import { call } from '../../lib/ipc';
import { useCall } from '../../lib/use-call';
import { useJobs } from '../../state/jobs';
import { useUi } from '../../state/ui';
import { usePeople } from '../review/people';
import { ArticlePicker } from './ArticlePicker';
import { CredentialsSetting } from './CredentialsSetting';
import { ExportHistory } from './ExportHistory';
import { FolderSetting } from './FolderSetting';
import { LayoutSetting } from './LayoutSetting';
import { PlanPanel } from './PlanPanel';
import { RunPanel } from './RunPanel';
import { TargetCards } from './TargetCards';
import { isRemote } from './targets';
import './export.css';

function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section className="export-section" aria-labelledby={`export-step-${n}`}>
      <Typography.Title level={5} id={`export-step-${n}`} className="export-section-title">
        <span className="export-step-number" aria-hidden>
          {n}
        </span>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** The last real export to a target, whose folder (and Markdown layout) the next one reuses. */
const lastRealExport = (history: readonly ExportReport[] | undefined, target: ExportTarget): ExportReport | undefined =>
  history?.find((report) => report.target === target && !report.dryRun);

export default function ExportScreen() {
  const { t } = useTranslation(['export', 'nav']);
  const navigate = useUi((s) => s.navigate);
  const notifyError = useNotifyError();
  const errorText = useErrorText();
  const targets = useCall('export:targets', {});
  const history = useCall('export:history', {});
  const person = usePeople((s) => s.current);
  const [chosenTarget, setTarget] = useState<ExportTarget | null>(null);
  const [folders, setFolders] = useState<Partial<Record<ExportTarget, string>>>({});
  const [chosenLayout, setLayout] = useState<MarkdownLayout | null>(null);
  const [includeOthers, setIncludeOthers] = useState(false);
  const [selection, setSelection] = useState<Set<string> | null>(null);
  const [plan, setPlan] = useState<{ report: ExportReport; key: string } | null>(null);
  const [planning, setPlanning] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [runTarget, setRunTarget] = useState<ExportTarget | null>(null);
  const job = useJobs((s) => (jobId ? s.jobs.find((j) => j.id === jobId) : undefined));
  const upsertJob = useJobs((s) => s.upsert);

  const target: ExportTarget = chosenTarget ?? history.data?.[0]?.target ?? 'html';
  const remembered = lastRealExport(history.data, target)?.destination ?? null;
  const outDir = isRemote(target) ? undefined : (folders[target] ?? remembered ?? undefined);
  const rememberedLayout = lastRealExport(history.data, 'markdown')?.layout ?? null;
  const layout = chosenLayout ?? rememberedLayout ?? DEFAULT_MARKDOWN_LAYOUT;
  const candidates = useCall('export:candidates', { target, ...(outDir && { outDir }) });
  const status = targets.data?.find((s) => s.target === target);
  const targetName = t(`targets.${target}.name`);

  const rows = useMemo(() => (candidates.data ?? []).filter((c) => includeOthers || c.byDefault), [candidates.data, includeOthers]);
  const selected = useMemo(() => selection ?? new Set(rows.filter((c) => c.byDefault).map((c) => c.id)), [selection, rows]);
  const articleIds = rows.filter((c) => selected.has(c.id)).map((c) => c.id);
  const input = { target, ...(outDir && { outDir }), ...(target === 'markdown' && { layout }), articleIds, includeUnapproved: includeOthers };
  const inputKey = JSON.stringify(input);
  const running = job !== undefined && !isJobFinished(job);

  const { reload: reloadHistory } = history;
  const { reload: reloadCandidates } = candidates;
  const finishedState = job && isJobFinished(job) ? job.state : null;
  useEffect(() => {
    if (!finishedState) return;
    reloadHistory();
    reloadCandidates();
  }, [finishedState, reloadHistory, reloadCandidates]);

  if ((candidates.loading && !candidates.data) || (history.loading && !history.data)) return <Spin className="g-screen-spin" />;
  const header = <ScreenHeader title={t('nav:export')} subtitle={t('export:subtitle')} />;
  const hasApproved = (candidates.data ?? []).some((c) => c.byDefault);

  if (!hasApproved && !includeOthers && !running) {
    const steps = t('empty.steps', { returnObjects: true }) as Record<string, string>;
    return (
      <div className="g-screen export-screen">
        {header}
        <EmptyState
          icon={<AuditOutlined />}
          title={t('empty.title')}
          body={t('empty.body')}
          steps={Object.values(steps)}
          action={{ label: t('empty.action'), onClick: () => navigate('review') }}
        />
        {(history.data?.length ?? 0) > 0 && <ExportHistory reports={history.data ?? []} loading={history.loading} />}
      </div>
    );
  }

  const blocked = running
    ? t('blocked.running')
    : !isRemote(target) && !outDir
      ? t('blocked.folder')
      : isRemote(target) && !status?.configured
        ? t('blocked.credentials')
        : articleIds.length === 0
          ? t('blocked.articles')
          : null;
  const refused = !blocked && person ? exportRefusalOf(person.role, includeOthers) : null;
  const runBlocked = blocked ?? (refused && person ? t(`blocked.${refused}`, { role: t(`review:profile.roles.${person.role}`) }) : null);

  const changeTarget = (next: ExportTarget) => {
    setTarget(next);
    setPlan(null);
    if (!running) setJobId(null);
  };
  const dryRun = async () => {
    setPlanning(true);
    if (!running) setJobId(null);
    try {
      setPlan({ report: await call('export:plan', input), key: inputKey });
    } catch (error) {
      notifyError(error);
    } finally {
      setPlanning(false);
    }
  };
  const start = async () => {
    try {
      const started = await call('export:start', input);
      upsertJob(started);
      setJobId(started.id);
      setRunTarget(target);
      setPlan(null);
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <div className="g-screen export-screen">
      {header}
      <Step n={1} title={t('steps.target')}>
        <TargetCards value={target} statuses={targets.data ?? []} onChange={changeTarget} />
      </Step>
      <Step n={2} title={t('steps.settings')}>
        {isRemote(target) ? (
          <CredentialsSetting
            key={target}
            target={target}
            status={status}
            targetName={targetName}
            onChanged={() => {
              targets.reload();
              candidates.reload();
              setPlan(null);
            }}
          />
        ) : (
          <div className="export-settings">
            <FolderSetting
              value={outDir ?? null}
              remembered={Boolean(outDir) && !folders[target] && outDir === remembered}
              targetName={targetName}
              onChange={(folder) => {
                setFolders((all) => ({ ...all, [target]: folder }));
                setPlan(null);
              }}
            />
            {target === 'markdown' && (
              <LayoutSetting
                value={layout}
                remembered={chosenLayout === null && rememberedLayout !== null}
                onChange={(next) => {
                  setLayout(next);
                  setPlan(null);
                }}
              />
            )}
          </div>
        )}
      </Step>
      <Step n={3} title={t('steps.articles')}>
        {candidates.error ? (
          <Alert type="error" showIcon title={errorText(candidates.error)} />
        ) : (
          <ArticlePicker
            candidates={candidates.data ?? []}
            loading={candidates.loading}
            selected={selected}
            onSelect={setSelection}
            includeOthers={includeOthers}
            onIncludeOthers={(value) => {
              setIncludeOthers(value);
              if (!value && selection) setSelection(new Set([...selection].filter((id) => candidates.data?.find((c) => c.id === id)?.byDefault)));
            }}
          />
        )}
      </Step>
      <Step n={4} title={t('steps.run')}>
        <div className="export-actions">
          <Tooltip title={blocked && !running ? blocked : undefined}>
            <Button icon={<ExperimentOutlined />} onClick={() => void dryRun()} loading={planning} disabled={Boolean(blocked)}>
              {t('actions.dryRun')}
            </Button>
          </Tooltip>
          <Tooltip title={runBlocked && !running ? runBlocked : undefined}>
            <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => void start()} disabled={Boolean(runBlocked)} data-testid="export-start">
              {t('actions.export', { count: articleIds.length })}
            </Button>
          </Tooltip>
          {runBlocked && !running && (
            <Typography.Text type="secondary" className="export-blocked" role="status">
              {runBlocked}
            </Typography.Text>
          )}
        </div>
        <div className="export-results">
          {job && (
            <RunPanel
              job={job}
              targetName={targetName}
              recorded={history.data?.find((r) => !r.dryRun && r.target === runTarget && r.startedAt >= job.startedAt)}
            />
          )}
          {plan && <PlanPanel plan={plan.report} stale={plan.key !== inputKey} />}
        </div>
      </Step>
      <ExportHistory reports={history.data ?? []} loading={history.loading} />
    </div>
  );
}
