import type { Translation } from '../types';
import type en from '../en/screens';

export default {
  insights: {
    subtitle: '客户遇到困难的地方，按可避免的联系量排序',
    emptyTitle: '还没有会话',
    emptyBody: '导入客服会话记录后，Gleaner 会把它们归为主题，并按摩擦程度排序：转人工/升级、重复联系、不满意的结局，以及知识库是否已有相关文章。',
    emptyAction: '导入会话记录',
  },
  transcripts: {
    subtitle: '所有已导入的会话，均可搜索',
    emptyTitle: '导入第一批会话记录',
    emptyBody: '支持来自 Zendesk、Intercom、Amazon Connect、CSV 或 JSON Lines 的在线聊天、邮件和语音转写记录。导入时会自动脱敏个人信息，重复导入同一文件不会产生重复数据。',
    emptyAction: '导入文件',
  },
  drafts: {
    subtitle: '根据成功解决的会话生成的文章草稿',
    emptyTitle: '还没有草稿',
    emptyBody: '在“洞察”中打开一个高摩擦主题，选择“起草文章”。草稿中的每一句话都链接到其出处的会话轮次。',
    emptyAction: '前往洞察',
  },
  articles: {
    subtitle: '您的知识库',
    emptyTitle: '还没有文章',
    emptyBody: '撰写新文章、导入 Markdown 或 HTML 文件夹，或从 AI 草稿开始。',
    emptyAction: '新建文章',
  },
  review: {
    subtitle: '等待审核决定的草稿',
    emptyTitle: '没有待审核的内容',
    emptyBody: '作者提交文章后，它会出现在这里，并并排显示 AI 原稿、修改内容和引用的会话。',
    emptyAction: '前往草稿',
  },
  export: {
    subtitle: '将已批准的文章发布到帮助中心',
    emptyTitle: '没有可导出的已批准文章',
    emptyBody: '已批准的文章可以导出为 Markdown、静态帮助中心，或发布到 Zendesk、Intercom、Freshdesk 和 Salesforce。',
    emptyAction: '前往审核',
  },
} satisfies Translation<typeof en>;
