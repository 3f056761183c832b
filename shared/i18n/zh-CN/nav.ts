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
  menu: {
    file: '文件',
    newWorkspace: '新建工作区…',
    openWorkspace: '打开工作区…',
    view: '视图',
    go: '前往',
    palette: '命令面板…',
    about: '关于 Gleaner',
  },
} satisfies Translation<typeof en>;
