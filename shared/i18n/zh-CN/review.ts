import type { Translation } from '../types';
import type en from '../en/review';

export default {
  subtitle: '等待审核决定的文章',
  empty: {
    title: '没有待审核的内容',
    body: '作者提交文章后，它会出现在这里，并排显示原始草稿、修改内容和引用的会话。',
    action: '前往草稿',
    steps: {
      submit: '作者提交草稿以供审核',
      compare: '对照证据查看修改',
      decide: '批准，或附上意见退回',
    },
  },
} satisfies Translation<typeof en>;
