import type { Translation } from '../types';
import type en from '../en/nav';

export default {
  insights: '洞察',
  transcripts: '会话记录',
  drafts: '草稿',
  articles: '文章',
  review: '审核',
  export: '导出',
  settings: '设置',
} satisfies Translation<typeof en>;
