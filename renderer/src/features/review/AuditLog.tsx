import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry, AuditVerification } from '../../../../shared/domain/audit';
import { useNotifyError } from '../../app/errors';
import { RelativeTime } from '../../app/RelativeTime';
import { call } from '../../lib/ipc';
import { openReview } from '../../lib/links';
import { usePeople } from './people';
import { useReviewCall } from './useReviewCall';

function download(csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'gleaner-audit-log.csv';
  link.click();
  URL.revokeObjectURL(url);
}

const KNOWN_DETAILS = ['reason', 'reviewerName', 'due', 'from', 'to', 'quote'] as const;

/** The hash-chained audit log: every entry, a check of the chain, and a CSV export. */
export function AuditLog() {
  const { t, i18n } = useTranslation('review');
  const notifyError = useNotifyError();
  const log = useReviewCall('audit:list', {});
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [action, setAction] = useState<string | undefined>();
  const entries = [...(log.data ?? [])].reverse();
  const actions = [...new Set(entries.map((e) => e.action))];
  const titles = new Map(entries.flatMap((e) => (typeof e.details.title === 'string' ? [[e.subjectId, e.details.title] as const] : [])));
  const deleted = new Set(entries.filter((e) => e.action === 'article_deleted').map((e) => e.subjectId));
  const people = usePeople((s) => s.people);
  const personName = (id: string) => people.find((p) => p.id === id)?.name ?? id;
  const label = (a: string) => (i18n.exists(`review:audit.actions.${a}`) ? t(`audit.actions.${a}` as 'audit.actions.submit') : a);

  const verify = () => call('audit:verify', {}).then(setVerification, notifyError);
  const detailsOf = (entry: AuditEntry) => {
    const d = entry.details;
    const parts: string[] = [];
    const value = (v: string) =>
      entry.action === 'person_renamed' ? v : entry.action === 'person_role_changed' || entry.action === 'person_created' ? t(`profile.roles.${v}` as 'profile.roles.author') : t(`states.${v}` as 'states.draft');
    if (typeof d.from === 'string' && typeof d.to === 'string') parts.push(`${value(d.from)} → ${value(d.to)}`);
    if (entry.action === 'person_created' && typeof d.name === 'string' && typeof d.role === 'string') parts.push(`${d.name} · ${value(d.role)}`);
    if (typeof d.reviewerName === 'string') parts.push(`${d.reviewerName}${typeof d.due === 'string' ? ` (${d.due})` : ''}`);
    if (typeof d.quote === 'string' && d.quote) parts.push(`“${d.quote}”`);
    if (typeof d.reason === 'string' && d.reason) {
      parts.push(entry.action === 'flag_for_review' && i18n.exists(`review:audit.reasons.${d.reason}`) ? t(`audit.reasons.${d.reason}` as 'audit.reasons.review_date_passed') : d.reason);
    }
    if (parts.length === 0) {
      const rest = Object.entries(d).filter(([k]) => !(KNOWN_DETAILS as readonly string[]).includes(k) && k !== 'title' && k !== 'version' && k !== 'checklist');
      if (rest.length) parts.push(JSON.stringify(Object.fromEntries(rest)));
    }
    return parts.join(' · ');
  };

  return (
    <div className="review-audit">
      <div className="review-queue-bar">
        <Select allowClear aria-label={t('audit.filter')} placeholder={t('audit.filter')} value={action} onChange={setAction} options={actions.map((a) => ({ value: a, label: label(a) }))} style={{ minWidth: 200 }} />
        <Space>
          <Button icon={<SafetyCertificateOutlined />} onClick={() => void verify()} data-testid="audit-verify">
            {t('audit.verify')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => call('audit:csv', {}).then(download, notifyError)} disabled={entries.length === 0}>
            {t('audit.export')}
          </Button>
        </Space>
      </div>
      {verification && (
        <Alert
          className="review-gap"
          data-testid="audit-verification"
          data-ok={String(verification.ok)}
          type={verification.ok ? 'success' : 'error'}
          showIcon
          closable
          onClose={() => setVerification(null)}
          title={verification.ok ? t('audit.verified', { count: verification.entries }) : t(verification.reason === 'truncated' ? 'audit.truncated' : 'audit.broken', { seq: verification.firstBrokenSeq })}
        />
      )}
      <Table<AuditEntry>
        size="small"
        rowKey="seq"
        loading={log.loading}
        dataSource={action ? entries.filter((e) => e.action === action) : entries}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('audit.empty') }}
        columns={[
          { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', width: 56 },
          { key: 'at', title: t('audit.at'), width: 140, render: (_, e) => <RelativeTime iso={e.at} /> },
          { key: 'actor', title: t('audit.actor'), width: 120, render: (_, e) => e.actorName },
          { key: 'action', title: t('audit.action'), width: 170, render: (_, e) => <Tag bordered={false} data-audit-action={e.action}>{label(e.action)}</Tag> },
          {
            key: 'subject',
            title: t('audit.subject'),
            render: (_, e) =>
              e.subjectKind === 'article' && deleted.has(e.subjectId) ? (
                <Typography.Text delete>{titles.get(e.subjectId) ?? e.subjectId}</Typography.Text>
              ) : e.subjectKind === 'article' ? (
                <a onClick={() => openReview(e.subjectId)}>{titles.get(e.subjectId) ?? e.subjectId}</a>
              ) : e.subjectKind === 'person' ? (
                <Typography.Text>{personName(e.subjectId)}</Typography.Text>
              ) : (
                <Typography.Text type="secondary">{e.subjectKind}: {e.subjectId}</Typography.Text>
              ),
          },
          { key: 'details', title: t('audit.details'), render: (_, e) => <Typography.Text type="secondary" className="review-audit-details">{detailsOf(e)}</Typography.Text> },
        ]}
      />
    </div>
  );
}
