import type { Translation } from '../types';
import type en from '../en/errors';

export default {
  E_PARSE: '无法读取文件：{{message}}',
  E_VALIDATION: '部分内容无效：{{message}}',
  E_NOT_FOUND: '未找到：{{message}}',
  E_CONFLICT: '此内容已被他人修改：{{message}}',
  E_FORBIDDEN: '您没有执行此操作的权限：{{message}}',
  E_NO_WORKSPACE: '请先打开或创建一个工作区。',
  E_WORKSPACE_NEWER: '此工作区由更新版本的 Gleaner 创建，请更新 Gleaner 后再打开。',
  E_WORKSPACE_CORRUPT: '工作区已损坏：{{message}}',
  E_IO: '无法读取或写入文件：{{message}}',
  E_CANCELLED: '已取消。',
  E_WORKER_CRASHED: '后台进程意外停止，可以重新运行该任务。',
  E_MODEL: '无法使用嵌入模型：{{message}}',
  E_NETWORK: '无法连接服务器或请求被拒绝：{{message}}',
  E_UNKNOWN_CHANNEL: '当前版本的应用不支持此操作。',
  E_INTERNAL: '意外错误：{{message}}',
} satisfies Translation<typeof en>;
