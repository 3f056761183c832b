import { Button, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ARTICLE_LANGUAGES, type Article, type ArticleMeta } from '../../../../shared/domain/article';
import { openTopic } from '../../lib/links';
import { useCall } from '../../lib/use-call';
import { useUi } from '../../state/ui';

/** The article's metadata beside the body; each change goes through the same autosave. */
export function MetaPanel({ article, onChange, onAddTranslation }: { article: Article; onChange: (meta: Partial<ArticleMeta>) => void; onAddTranslation: () => void }) {
  const { t } = useTranslation('articles');
  const navigate = useUi((s) => s.navigate);
  const other = article.language === 'en' ? 'zh-CN' : 'en';
  return (
    <Form layout="vertical" size="small" aria-label={t('page.details')}>
      <Typography.Title level={5}>{t('page.details')}</Typography.Title>
      <Form.Item label={t('page.slug')}>
        <Input defaultValue={article.slug} onBlur={(e) => e.target.value !== article.slug && onChange({ slug: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('page.tags')}>
        <Select mode="tags" defaultValue={article.tags} onChange={(tags: string[]) => onChange({ tags })} aria-label={t('page.tags')} />
      </Form.Item>
      <Form.Item label={t('page.category')}>
        <Input defaultValue={article.category} onBlur={(e) => e.target.value !== article.category && onChange({ category: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('page.section')}>
        <Input defaultValue={article.section} onBlur={(e) => e.target.value !== article.section && onChange({ section: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('page.language')}>
        <Select defaultValue={article.language} options={ARTICLE_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))} onChange={(language: ArticleMeta['language']) => onChange({ language })} aria-label={t('page.language')} />
      </Form.Item>
      <Form.Item label={t('page.reviewBy')}>
        <DatePicker defaultValue={dayjs(article.reviewBy)} allowClear={false} onChange={(d) => d && onChange({ reviewBy: d.format('YYYY-MM-DD') })} aria-label={t('page.reviewBy')} />
      </Form.Item>
      <Form.Item label={t('page.translations')}>
        <Space orientation="vertical">
          {article.translationOf && (
            <Button type="link" size="small" onClick={() => navigate('articles', article.translationOf)}>
              {t('page.translationOf')}
            </Button>
          )}
          {article.translations.map((id) => (
            <Button key={id} type="link" size="small" onClick={() => navigate('articles', id)}>
              {id.slice(0, 8)}
            </Button>
          ))}
          {!article.translationOf && <Button size="small" onClick={onAddTranslation}>{t('page.addTranslation', { language: t(`languages.${other}`) })}</Button>}
        </Space>
      </Form.Item>
      <Form.Item label={t('page.sourceTopic')}>
        {article.sourceTopicId ? <SourceTopicLink topicId={article.sourceTopicId} /> : <Typography.Text type="secondary">{t('page.none')}</Typography.Text>}
      </Form.Item>
    </Form>
  );
}

/** The topic an article was drafted for, by its label, opening the topic page. */
function SourceTopicLink({ topicId }: { topicId: string }) {
  const topics = useCall('insights:topicList', {});
  const label = topics.data?.find((topic) => topic.id === topicId)?.label ?? topicId;
  return <Typography.Link onClick={() => openTopic(topicId)}>{label}</Typography.Link>;
}
