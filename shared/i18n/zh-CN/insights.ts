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
  table: {
    summary: '{{conversations}} 个会话，共 {{weeks}} 周 · 分数 = 每周可避免的联系量估计',
    rank: '#',
    topic: '主题',
    score: '每周可避免',
    conversations: '会话数',
    escalation: '升级/转人工',
    repeat: '重复联系',
    negative: '负面结局',
    trend: '近 7 天',
    coverage: '知识库',
    why: '原因：{{reasons}}',
    component: '{{component}} {{rate}}，可达水平 {{achievable}} → 每周 {{avoidable}}',
    components: { escalation: '升级', repeat: '重复联系', negative: '负面结局' },
    coverageStatus: { none: '没有文章', covered: '已覆盖', covered_friction_persists: '已覆盖但仍有摩擦' },
    interval: '{{n}} 个中 {{k}} 个（95% 置信区间 {{low}}–{{high}}）',
    exportCsv: '导出 CSV',
    discover: '发现主题',
    rediscover: '刷新主题',
    discovering: '正在发现主题…',
    notDiscovered: '会话已导入，但还没有发现主题。',
  },
} satisfies Translation<typeof en>;
