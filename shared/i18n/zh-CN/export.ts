import type { Translation } from '../types';
import type en from '../en/export';

export default {
  subtitle: '将已批准的文章发布到帮助中心',
  empty: {
    title: '没有可导出的已批准文章',
    body: '已批准的文章可以导出为 Markdown 或静态帮助中心，也可以发布到 Zendesk、Intercom、Freshdesk 和 Salesforce。在您导出之前，任何内容都不会离开本机。',
    action: '前往审核',
    steps: {
      approve: '在审核中批准文章',
      target: '选择格式或帮助中心',
      publish: '导出；之后只更新有变化的内容',
    },
  },
} satisfies Translation<typeof en>;
