import { Alert, Button, Collapse, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UpdateProposal } from '../../../../shared/domain/draft';
import { formatPercent } from '../../lib/format';
import { openArticle } from '../../lib/links';

const lineClass = (line: string): string =>
  line.startsWith('+') && !line.startsWith('+++') ? 'drafts-diff-add' : line.startsWith('-') && !line.startsWith('---') ? 'drafts-diff-del' : '';

/** "Update the existing article instead of a duplicate": which article, what it lacks, and the change as a diff. */
export function UpdateProposalCard({ proposal, busy, onApply, onNewAnyway }: { proposal: UpdateProposal; busy: boolean; onApply: () => void; onNewAnyway: () => void }) {
  const { t, i18n } = useTranslation('drafts');
  // Nothing to add: the article already covers what worked, so the useful action is to open it.
  const covered = proposal.missingSteps.length === 0;
  const body = t(covered ? 'update.covered' : 'update.body', { title: proposal.articleTitle, similarity: formatPercent(proposal.similarity, i18n.language, 0), count: proposal.missingSteps.length });
  const diffLines = proposal.diff.split('\n').filter((line) => !line.startsWith('Index:') && !/^=+$/.test(line));
  return (
    <Alert
      className="drafts-update"
      type="info"
      showIcon
      title={t('update.title')}
      description={
        <>
          <p>
            <a onClick={() => openArticle(proposal.articleId)}>{body}</a>
          </p>
          <Space wrap>
            {covered ? (
              <Button type="primary" onClick={() => openArticle(proposal.articleId)}>
                {t('update.openExisting')}
              </Button>
            ) : (
              <Button type="primary" loading={busy} onClick={onApply}>
                {t('update.apply')}
              </Button>
            )}
            <Button onClick={onNewAnyway} disabled={busy}>
              {t('update.newAnyway')}
            </Button>
          </Space>
          <Collapse
            ghost
            size="small"
            items={[
              {
                key: 'diff',
                label: t('update.diff'),
                children: (
                  <pre className="drafts-diff" tabIndex={0}>
                    {diffLines.map((line, i) => (
                      <div key={i} className={lineClass(line)}>
                        {line || ' '}
                      </div>
                    ))}
                  </pre>
                ),
              },
            ]}
          />
        </>
      }
    />
  );
}
