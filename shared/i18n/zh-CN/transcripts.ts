import type { Translation } from '../types';
import type en from '../en/transcripts';

export default {
  subtitle: '所有已导入的会话，均可搜索',
  empty: {
    title: '导入第一批会话记录',
    body: '支持 CSV、JSON Lines、Twitter 客服会话和 ABCD 对话，中英文均可。导入时自动脱敏个人信息，重复导入同一文件不会产生重复数据。',
    commandLabel: '在终端中导入',
    steps: {
      export: '从客服系统或联络中心平台导出会话',
      import: '导入这些文件，导入在后台运行',
      insights: '打开洞察，查看按摩擦排序的主题',
    },
  },
} satisfies Translation<typeof en>;
