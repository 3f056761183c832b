import type { Citation, DraftSentence } from '../../../shared/domain/draft';
import { hasCjk } from '../../../shared/text/segment';
import type { SourceSentence } from './types';

/** Environment facts (product, plan, device, OS, app version, browser) found in what customers and agents said. */

export type EnvironmentField = 'product' | 'plan' | 'device' | 'os' | 'appVersion' | 'browser';

interface Pattern {
  field: EnvironmentField;
  /** Chinese patterns only run on sentences with Chinese in them ("App" alone is English too). */
  zh?: true;
  regex: RegExp;
  /** The value to show for a match (normalised spelling). */
  value: (m: RegExpExecArray) => string;
}

const trimmed = (i: number) => (m: RegExpExecArray) => (m[i] ?? m[0]).replace(/\s+/g, ' ').trim();
// Brand spellings stay as written (iPhone, macOS); plain lower-case words get a capital (router -> Router).
const titled = (i: number) => (m: RegExpExecArray) => {
  const v = trimmed(i)(m);
  return v.length > 0 && v === v.toLowerCase() ? v[0]!.toUpperCase() + v.slice(1) : v;
};

const PATTERNS: Pattern[] = [
  { field: 'os', regex: /\b(iOS|iPadOS|Android|HarmonyOS|watchOS)\s*(\d+(?:\.\d+)*)?/gi, value: (m) => normalizeOs(m) },
  { field: 'os', regex: /\b(Windows)\s*(11|10|8\.1|8|7|XP|Vista)?\b/gi, value: (m) => normalizeOs(m) },
  { field: 'os', regex: /\b(mac\s?OS(?:\s+X)?|OS\s+X|Chrome\s?OS|Ubuntu|Linux)(?:\s+(\d+(?:\.\d+)*))?/gi, value: (m) => normalizeOs(m) },
  { zh: true, field: 'os', regex: /(安卓|鸿蒙|苹果系统)\s*(\d+(?:\.\d+)*)?/gu, value: (m) => `${m[1] === '安卓' ? 'Android' : m[1] === '鸿蒙' ? 'HarmonyOS' : 'iOS'}${m[2] ? ` ${m[2]}` : ''}` },
  { field: 'device', regex: /\b(i[Pp]hone\s*(?:\d{1,2}|SE|X[RS]?)(?:\s*(?:Pro\s*Max|Pro|Plus|Max|mini))?|iPad(?:\s*(?:Pro|Air|mini))?|MacBook(?:\s*(?:Pro|Air))?|Galaxy\s*[A-Z]?\d{1,3}\+?|Pixel\s*\d[a]?(?:\s*Pro)?|Huawei\s+[A-Z][\w]+|Xiaomi\s+\d+|Surface\s+\w+|ThinkPad|Chromebook|Kindle|Apple\s+Watch|smart\s*TV|router|modem|laptop|desktop|tablet)\b/gi, value: (m) => titled(1)(m).replace(/^iphone/i, 'iPhone').replace(/^ipad/i, 'iPad').replace(/^macbook/i, 'MacBook') },
  { zh: true, field: 'device', regex: /(苹果手机|华为手机|小米手机|笔记本电脑|平板|路由器|光猫|电视|手表|iPhone\s*\d{1,2})/gu, value: trimmed(1) },
  { field: 'browser', regex: /\b(Chrome|Firefox|Safari|Edge|Opera|Brave|Internet\s+Explorer)(?:\s+(?:browser|version\s+)?(\d+))?\b(?!\s*OS)/gi, value: (m) => titled(1)(m) },
  { zh: true, field: 'browser', regex: /(谷歌浏览器|火狐浏览器|微信内置浏览器|浏览器)/gu, value: trimmed(1) },
  { field: 'appVersion', regex: /\b(?:app\s+)?(?:version|ver\.?|v)\s*(\d+\.\d+(?:\.\d+)?)\b/gi, value: (m) => m[1]! },
  { zh: true, field: 'appVersion', regex: /(?:版本|版本号)\s*(?:是|为)?\s*[vV]?(\d+\.\d+(?:\.\d+)?)/gu, value: (m) => m[1]! },
  { field: 'plan', regex: /\b(free|basic|standard|premium|pro|plus|family|business|enterprise|unlimited|student|starter|prepaid|postpaid|annual|monthly)\s+(plan|subscription|tier|membership|account|package)\b/gi, value: (m) => `${titled(1)(m)} ${m[2]!.toLowerCase()}` },
  { zh: true, field: 'plan', regex: /((?:\d+\s*(?:G|GB|元)|[^\P{Script=Han}哪个的是么什这那]{2})(?:流量)?(?:套餐|会员|包月|年卡|月卡))/gu, value: trimmed(1) },
  { field: 'product', regex: /\b(?:the\s+)?((?!(?:The|This|That|Your|My|Our|Their|An?|Its)\b)\p{Lu}[\p{L}\d]+\s+app|mobile\s+app|web\s+app|desktop\s+app|website|app)\b/gu, value: (m) => trimmed(1)(m).toLowerCase() === 'app' ? 'mobile app' : trimmed(1)(m) },
  { zh: true, field: 'product', regex: /(App|小程序|官网|网页版|客户端)/gu, value: (m) => (m[1] === 'App' ? '手机 App' : m[1]!) },
];

function normalizeOs(m: RegExpExecArray): string {
  const name = m[1]!.replace(/\s+/g, ' ');
  const lower = name.toLowerCase().replace(/\s/g, '');
  const canonical =
    lower === 'ios' ? 'iOS' : lower === 'ipados' ? 'iPadOS' : lower === 'android' ? 'Android' : lower === 'harmonyos' ? 'HarmonyOS'
      : lower === 'windows' ? 'Windows' : lower.startsWith('macos') || lower === 'osx' ? 'macOS' : lower === 'chromeos' ? 'ChromeOS'
        : name[0]!.toUpperCase() + name.slice(1);
  return m[2] ? `${canonical} ${m[2]}` : canonical;
}

export interface EnvironmentFact {
  field: EnvironmentField;
  value: string;
  /** Distinct conversations that mention it. */
  conversations: number;
  citations: Citation[];
}

const FIELD_ORDER: EnvironmentField[] = ['product', 'plan', 'device', 'os', 'appVersion', 'browser'];

/**
 * Facts mentioned in at least `minConversations` conversations (and `minShare` of them), the most
 * frequent values first, at most `perField` values per field.
 */
export function extractEnvironment(
  sentences: readonly SourceSentence[],
  conversationCount: number,
  options: { minConversations?: number; minShare?: number; perField?: number; maxCitations?: number } = {},
): EnvironmentFact[] {
  const minConversations = options.minConversations ?? 2;
  const minShare = options.minShare ?? 0.1;
  const perField = options.perField ?? 3;
  const maxCitations = options.maxCitations ?? 5;
  const found = new Map<string, { field: EnvironmentField; value: string; ids: Set<string>; citations: Citation[] }>();
  for (const sentence of sentences) {
    const cjk = hasCjk(sentence.text);
    for (const pattern of PATTERNS) {
      if (pattern.zh && !cjk) continue;
      pattern.regex.lastIndex = 0;
      for (let m = pattern.regex.exec(sentence.text); m; m = pattern.regex.exec(sentence.text)) {
        const value = pattern.value(m);
        if (!value) continue;
        const key = `${pattern.field}\u0000${value.toLowerCase()}`;
        const entry = found.get(key) ?? { field: pattern.field, value, ids: new Set<string>(), citations: [] };
        if (!entry.ids.has(sentence.transcriptId) && entry.citations.length < maxCitations) {
          entry.citations.push({ transcriptId: sentence.transcriptId, turn: sentence.turn });
        }
        entry.ids.add(sentence.transcriptId);
        found.set(key, entry);
      }
    }
  }
  const needed = Math.max(minConversations, Math.ceil(conversationCount * minShare));
  const facts = [...found.values()]
    .filter((f) => f.ids.size >= needed)
    .map((f) => ({ field: f.field, value: f.value, conversations: f.ids.size, citations: f.citations }))
    .sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) || b.conversations - a.conversations || a.value.localeCompare(b.value));
  const perFieldCount = new Map<EnvironmentField, number>();
  return facts.filter((f) => {
    const n = perFieldCount.get(f.field) ?? 0;
    perFieldCount.set(f.field, n + 1);
    return n < perField;
  });
}

const LABELS: Record<'en' | 'zh', Record<EnvironmentField, string>> = {
  en: { product: 'Product', plan: 'Plan', device: 'Device', os: 'Operating system', appVersion: 'App version', browser: 'Browser' },
  zh: { product: '产品', plan: '套餐', device: '设备', os: '操作系统', appVersion: 'App 版本', browser: '浏览器' },
};

/** One sentence per field: "Device: iPhone 14, iPad." with the citations of every value. */
export function environmentSentences(facts: readonly EnvironmentFact[], language: 'en' | 'zh'): DraftSentence[] {
  const out: DraftSentence[] = [];
  for (const field of FIELD_ORDER) {
    const values = facts.filter((f) => f.field === field);
    if (values.length === 0) continue;
    const separator = language === 'zh' ? '、' : ', ';
    const colon = language === 'zh' ? '：' : ': ';
    out.push({
      text: `${LABELS[language][field]}${colon}${values.map((v) => v.value).join(separator)}${language === 'zh' ? '。' : '.'}`,
      citations: values.flatMap((v) => v.citations),
    });
  }
  return out;
}
