import type { Translation } from '../types';
import type en from '../en/insights';

export default {
  subtitle: '客户在哪里遇到困难，按可避免的联系量排序',
  empty: {
    title: '导入会话记录，看看客户在哪里遇到困难',
    body: 'Gleaner 会把会话归为主题，并按摩擦程度排序：转人工、重复联系和不满意的结局，每个分数都附有原因。',
    action: '导入会话记录',
    steps: {
      import: '导入在线聊天、邮件或语音转写记录',
      topics: '在本机上发现主题',
      rank: '按可避免的联系量为每个主题排序',
    },
  },
} satisfies Translation<typeof en>;
