import type { Translation } from '../types';
import type en from '../en/drafts';

export default {
  subtitle: '根据成功解决的会话生成的文章草稿',
  empty: {
    title: '还没有草稿',
    body: '在“洞察”中打开一个主题，选择“起草文章”。草稿只取材于已解决的会话，每一句话都链接到其出处的会话轮次。',
    action: '前往洞察',
    steps: {
      topic: '在洞察中选择一个高摩擦主题',
      draft: '根据已解决的会话起草文章',
      edit: '编辑后提交审核',
    },
  },
} satisfies Translation<typeof en>;
