import type { ColumnMapping } from '../../../shared/domain/ingest';
import type { TurnRole } from '../../../shared/domain/transcript';

/** Canonical fields a CSV column can hold, with the header names (English and Chinese) that suggest them. */
export const COLUMN_SYNONYMS: Record<string, readonly string[]> = {
  id: [
    'id',
    'conversationid',
    'conversation',
    'ticketid',
    'ticket',
    'caseid',
    'chatid',
    'sessionid',
    'threadid',
    '会话id',
    '会话编号',
    '工单号',
    '工单id',
    '对话id',
  ],
  customer_id: [
    'customerid',
    'customer',
    'email',
    'userid',
    'user',
    'requester',
    'requesterid',
    'clientid',
    '客户id',
    '客户',
    '用户id',
    '用户',
    '手机号',
  ],
  channel: ['channel', 'medium', 'source', '渠道', '来源'],
  language: ['language', 'lang', 'locale', '语言'],
  started_at: [
    'startedat',
    'started',
    'starttime',
    'start',
    'createdat',
    'created',
    'timestamp',
    'date',
    'datetime',
    '开始时间',
    '创建时间',
    '日期',
  ],
  ended_at: ['endedat', 'ended', 'endtime', 'end', 'closedat', 'closed', '结束时间', '关闭时间'],
  text: [
    'transcript',
    'text',
    'message',
    'body',
    'content',
    'conversationtext',
    'utterance',
    'comment',
    '内容',
    '对话',
    '消息',
    '文本',
    '对话内容',
  ],
  role: [
    'role',
    'speaker',
    'sender',
    'authortype',
    'author',
    'from',
    'participant',
    '角色',
    '发送者',
    '发言人',
  ],
  at: ['at', 'time', 'sentat', 'messagetime', '时间', '发送时间'],
  resolved: ['resolved', 'isresolved', 'solved', 'status', '已解决', '是否解决', '解决'],
  escalated: ['escalated', 'isescalated', 'transferred', 'handoff', '升级', '转人工', '是否升级'],
  csat: ['csat', 'satisfaction', 'rating', 'score', '满意度', '评分'],
  handle_seconds: ['handleseconds', 'handletime', 'aht', 'duration', '处理时长', '时长'],
};

export const normalizeHeader = (header: string): string =>
  header.toLowerCase().replace(/[\s_\-.#()]/g, '');

/** Guesses a mapping from a CSV header; a user mapping overrides it field by field. */
export function guessMapping(
  headers: readonly string[],
  overrides: ColumnMapping = {},
): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const [field, synonyms] of Object.entries(COLUMN_SYNONYMS)) {
    const header = headers.find((h) => !used.has(h) && synonyms.includes(normalizeHeader(h)));
    if (header) {
      mapping[field] = header;
      used.add(header);
    }
  }
  return { ...mapping, ...overrides };
}

const ROLES: Array<[TurnRole, RegExp]> = [
  [
    'customer',
    /^(customer|user|client|visitor|end[- ]?user|requester|caller|member|inbound|客户|用户|顾客|访客|来电者)$/i,
  ],
  [
    'agent',
    /^(agent|admin|staff|rep|representative|support|advisor|operator|human|outbound|客服|坐席|人工|人工客服|工作人员)$/i,
  ],
  ['bot', /^(bot|assistant|virtual ?agent|chatbot|ai|机器人|智能客服|智能助手)$/i],
  ['system', /^(system|note|internal|action|系统|备注)$/i],
];

export function parseRole(value: string): TurnRole | null {
  const v = value.trim();
  return ROLES.find(([, pattern]) => pattern.test(v))?.[0] ?? null;
}

export function parseBoolean(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', 'y', '1', 'resolved', 'solved', 'closed', '是', '已解决', '解决'].includes(v))
    return true;
  if (['false', 'no', 'n', '0', 'open', 'pending', 'unresolved', '否', '未解决'].includes(v))
    return false;
  return null;
}

/** Any date the export may hold, as an ISO instant; null when it is not a date. */
export function parseInstant(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const normalized =
    /^\d{4}[-/]\d{1,2}[-/]\d{1,2}[ T]\d{1,2}:\d{2}/.test(v) && !/[zZ]|[+-]\d{2}:?\d{2}$/.test(v)
      ? v.replace(/\//g, '-').replace(' ', 'T') + 'Z'
      : v;
  const ms = Date.parse(normalized);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const PREFIX =
  /^\s*(customer|user|client|visitor|agent|rep|support|bot|assistant|system|客户|用户|顾客|客服|坐席|机器人|系统)\s*[:：]\s*/i;

/** Splits a one-column transcript ("Customer: … / Agent: …", one turn per line) into turns. */
export function splitTranscriptText(text: string): Array<{ role: TurnRole; text: string }> {
  const turns: Array<{ role: TurnRole; text: string }> = [];
  for (const raw of text.split(/\r?\n/)) {
    const match = PREFIX.exec(raw);
    if (match)
      turns.push({
        role: parseRole(match[1]!) ?? 'customer',
        text: raw.slice(match[0].length).trim(),
      });
    else if (raw.trim() && turns.length > 0) turns[turns.length - 1]!.text += `\n${raw.trim()}`;
    else if (raw.trim()) turns.push({ role: 'customer', text: raw.trim() });
  }
  return turns.filter((t) => t.text.length > 0);
}
