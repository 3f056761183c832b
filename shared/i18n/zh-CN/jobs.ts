import type { Translation } from '../types';
import type en from '../en/jobs';

export default {
  title: '任务',
  empty: '还没有任务。导入、向量化、主题发现和导出都会在这里运行，显示进度并可以取消。',
  running: '运行中',
  queued: '排队中',
  done: '已完成',
  failed: '失败',
  cancelled: '已取消',
  cancel: '取消',
  eta: '剩余 {{time}}',
  took: '耗时 {{time}}',
  progress: '{{done}} / {{total}}',
  runningSection: '进行中',
  recentSection: '最近',
  phases: {
    compact: '正在压缩 {{detail}}',
    count: '正在统计 {{detail}}',
    done: '正在收尾',
    export: '正在导出文章',
    plan: '正在规划导出',
    import: '正在导入，已读取 {{detail}} 行',
    'repeat-contacts': '正在识别重复联系',
  },
  kinds: {
    workspace_compact: '压缩工作区',
    workspace_reindex: '重建工作区索引',
    export_run: '导出文章',
    ingest_files: '导入会话记录',
  },
} satisfies Translation<typeof en>;
