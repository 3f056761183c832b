import { hasCjk } from '../../../shared/text/segment';
import { imperativeEn, imperativeZh } from './imperative';

/**
 * Deterministic clean-up of conversation sentences before they can enter a draft: greetings,
 * sign-offs, self-introductions, empathy and hold phrases go; questions back to the customer go
 * unless they are diagnostic yes/no checks; what remains is put in the imperative when a rule can.
 */

const GREETING_LEAD_EN =
  /^(?:(?:hi|hello|hey|hiya|dear|good\s+(?:morning|afternoon|evening)|greetings)(?:\s+there)?(?:\s*,?\s*(?:\[NAME\]|[A-Z][\p{L}'-]+))?\s*[,!.:-]\s*|(?:ok(?:ay)?|alright|all\s+right|sure|great|perfect|got\s+it|no\s+problem|certainly|of\s+course|absolutely|well|so|thanks|thank\s+you)\s*[,!.]\s*)/iu;
const DROP_EN = [
  /^(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))\b/i,
  /\bmy\s+name\s+is\b|\bthis\s+is\s+\p{Lu}\p{L}+\s+(?:from|with|speaking|at)\b|\bi(?:'m|\s+am)\s+\p{Lu}\p{L}+\s*(?:from|with|,|and\s+i)|\bi(?:'ll|\s+will)\s+be\s+(?:helping|assisting)\b/iu,
  /\b(?:have\s+a\s+(?:\w+\s+)?(?:day|evening|weekend|one)|take\s+care|good\s*bye|bye\b|you(?:'re|\s+are)\s+(?:very\s+|most\s+|so\s+)?welcome|my\s+pleasure|happy\s+to\s+help|glad\s+(?:i|we)\s+could\s+help|always\s+happy\s+to\s+help|(?:that\s+is|that's|it's|it\s+is)\s+what\s+(?:we|i)(?:\s+are|'re|\s+am|'m)\s+here\s+for|here\s+to\s+help|anything\s+else|is\s+there\s+(?:anything|something)\s+else)/i,
  /\b(?:glad|happy|pleased|delighted|pleasure)\b.{0,40}\b(?:help|service|assist|serve)|\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:letting|using|your\s+(?:time|business|call|message))/i,
  /\b(?:thank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:contacting|reaching|your\s+patience|waiting|holding|calling|chatting|getting\s+in\s+touch|choosing)|sorry\s+(?:to\s+hear|for\s+the\s+(?:inconvenience|wait|trouble))|i\s+(?:completely\s+|totally\s+)?understand\s+(?:how|your|that|the)|i\s+apologi[sz]e|i(?:'m|\s+am)\s+(?:so\s+|really\s+|very\s+)?sorry|that\s+(?:must\s+be|sounds)\s+(?:frustrating|annoying))/i,
  /^(?:let\s+me\s+(?:check|look|see|pull|find|get|review|take\s+a\s+look)|one\s+(?:moment|second|sec)|(?:please\s+)?(?:hold\s+on|bear\s+with\s+me)|give\s+me\s+a\s+(?:moment|second|minute)|i\s+can\s+(?:definitely\s+|certainly\s+)?help(?:\s+you)?\s+with\s+(?:that|this)|i(?:'ll|\s+will)\s+(?:be\s+)?(?:glad|happy)\s+to\s+help)/i,
  /^(?:ok(?:ay)?|yes|no|sure|great|perfect|alright|thanks|thank\s+you|got\s+it|i\s+see|understood|certainly|no\s+problem|excellent|wonderful|awesome)\W*$/i,
  /^(?:please\s+)?(?:tell|send|give|share|provide)\s+(?:me|us)\b/i,
  /^(?:good|great|interesting)\s+question\b|^(?:[\p{Lu}][\p{L}]+\s+){0,3}(?:support|team|customer\s+(?:care|service))\W*$/iu,
  /^(?:glad|good\s+to\s+(?:have|hear|see)|nice\s+to)\b|\bthank(?:s|\s+you)\s+for\s+your\s+(?:email|message|patience|time|call|question|reply)|\b(?:walk|guide|take)\s+you\s+through\b|\b(?:that(?:'s|\s+is)|all)\s+sorted\b|\bhere\s+for\s+you\b/i,
];
// Questions that ask the customer for something (details, identity) rather than check the fault.
const NON_DIAGNOSTIC_QUESTION_EN =
  /\b(?:your\s+(?:e-?mail|phone|mobile|number|name|address|order\s+(?:number|id)|account\s+(?:number|id)|date\s+of\s+birth|details|postcode|zip)|can\s+i\s+help|may\s+i\s+(?:help|have|ask)|how\s+can\s+i|how\s+may\s+i|what\s+(?:seems|can\s+i)|tell\s+me\s+more|do\s+you\s+know\s+(?:how|the\s+steps|where|what)|(?:could|can|would)\s+you\s+(?:please\s+)?(?:provide|share|give|send|confirm\s+your|tell\s+me))\b/i;
const DIAGNOSTIC_QUESTION_EN = /^(?:is|are|does|do|did|has|have|was|were|can\s+you\s+(?:see|hear|check|find|confirm\s+(?:if|whether))|could\s+you\s+(?:check|see|confirm\s+(?:if|whether))|when\s+you)\b/i;

const GREETING_LEAD_ZH = /^(?:客服(?:您|你)好|(?:您|你)好客服|您好|你好|亲爱的|亲亲|亲|哈喽|嗯|好的|好|明白了|明白|了解|收到|没问题|谢谢|感谢)[，,！!～~。\s]*/u;
const DROP_ZH = [
  /请稍等|稍等|请耐心等待|马上为您|帮您查(?:一下|询)|为您查(?:一下|询)|我(?:这边)?看一下/u,
  /还有(?:什么|其他|别的)(?:可以|能)?(?:帮|为)您|还有其他问题|还有什么问题|祝您|生活愉快|再见|不客气|很高兴为您服务|感谢您的(?:耐心|等待|来电|咨询|支持)|感谢(?:您的)?理解/u,
  /^(?:麻烦|请)?(?:您)?(?:说一下|报一下|提供一下|告诉我|发一下|发给我)|您的(?:手机号|电话|邮箱|姓名|地址|订单号)|帮您看看|我来(?:协助|帮|教|为)您|协助您|来信(?:已)?收到|^您的来信|核实(?:一下)?(?:您的)?身份|^麻烦(?:您)?确认一下您|让您久等|久等了|我是(?:客服|.{0,6}号)|工号|为您服务|很抱歉|非常抱歉|抱歉给您|给您带来不便|理解您的心情|理解您的感受/u,
];
const NON_DIAGNOSTIC_QUESTION_ZH = /手机号|电话|邮箱|姓名|名字|订单号|账号|地址|身份证|还有(?:什么|其他)|什么可以帮|请问有什么/u;
const DIAGNOSTIC_QUESTION_ZH = /吗|是否|有没有|是不是|能否看到|可以看到/u;

const MIN_WORDS_EN = 3;
const MIN_CHARS_ZH = 4;

const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const capitalize = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

function stripLeads(text: string, lead: RegExp): string {
  let out = text.trim();
  for (let i = 0; i < 3; i += 1) {
    const match = lead.exec(out);
    if (!match || match[0].length === 0 || match[0].length >= out.length) break;
    out = out.slice(match[0].length).trim();
  }
  return out;
}

function endWithStop(text: string, zh: boolean): string {
  if (/[.!?。！？”"')]$/u.test(text)) return text;
  return `${text}${zh ? '。' : '.'}`;
}

// List markers the agent typed ("1. ", "2) ", "- ", "• ", "第一步，"): the draft numbers steps itself.
const LIST_MARKER = /^\s*(?:\d{1,2}[.)、]\s*|[-*•·]\s+|第[一二三四五六七八九十\d]+步[，,：:]?\s*|step\s+\d+\s*[:.)-]\s*)/iu;
// A lead-in to a list ("Here is what to do:", "您可以这样处理：") says nothing by itself.
const LEAD_IN = /[:：]\s*$/u;
// Sequence words and asides before the instruction itself ("And lastly,", "In case you wondered why:").
const SEQUENCE_LEAD_EN = /^(?:(?:and\s+)?(?:first\s+of\s+all|first(?:ly)?|then|next|after\s+that|afterwards|(?:and\s+)?lastly|finally|last\s+thing|also|now|second(?:ly)?|third(?:ly)?|for\s+what\s+it(?:'s|\s+is)\s+worth|just\s+so\s+you\s+know|by\s+the\s+way|btw|fyi|to\s+explain|in\s+case\s+you\s+(?:wondered|were\s+wondering)(?:\s+why)?)\b\s*[,:]?\s*|[^:>]{3,40}:\s+(?=\p{Lu}))/iu;
const SEQUENCE_LEAD_ZH = /^(?:下一步|接下来|然后|接着|之后|最后一步|最后|首先|第一|其次|另外|补充说明一下|顺便说一下)[，,：:]?\s*|^[\p{Script=Han}]{1,6}[：:]\s*/u;

/** An agent sentence fit for a resolution step, or null when a rule drops it. */
export function cleanAgentSentence(raw: string): string | null {
  const sentence = raw.replace(LIST_MARKER, '');
  if (LEAD_IN.test(sentence)) return null;
  if (hasCjk(sentence)) {
    let text = stripLeads(stripLeads(sentence, GREETING_LEAD_ZH), SEQUENCE_LEAD_ZH);
    if (DROP_ZH.some((rule) => rule.test(text))) return null;
    if (/[？?]$/u.test(text) && (NON_DIAGNOSTIC_QUESTION_ZH.test(text) || !DIAGNOSTIC_QUESTION_ZH.test(text))) return null;
    text = imperativeZh(text);
    if (Array.from(text.replace(/[\p{P}\s]/gu, '')).length < MIN_CHARS_ZH) return null;
    return endWithStop(text, true);
  }
  // Drop rules look at the sentence as said and without its leading greeting or sequence word.
  const stripped = stripLeads(stripLeads(stripLeads(sentence, SEQUENCE_LEAD_EN), GREETING_LEAD_EN), SEQUENCE_LEAD_EN);
  if (DROP_EN.some((rule) => rule.test(sentence.trim()) || rule.test(stripped))) {
    // A greeting may open a useful sentence ("Hi John, please restart the app."): keep what follows it.
    if (stripped === sentence.trim() || DROP_EN.some((rule) => rule.test(stripped))) return null;
  }
  let text = stripped;
  if (text.endsWith('?') && (NON_DIAGNOSTIC_QUESTION_EN.test(text) || !DIAGNOSTIC_QUESTION_EN.test(text))) return null;
  text = imperativeEn(text);
  if (wordCount(text) < MIN_WORDS_EN) return null;
  return endWithStop(capitalize(text), false);
}

const CUSTOMER_LEAD_EN = /^(?:(?:uh|um|erm|er|so|ok(?:ay)?|yeah)\s*[,.]\s*|(?:hi|hello|hey|good\s+(?:morning|afternoon|evening)|greetings)(?:\s+there)?\s*[,!.:-]\s*|(?:please\s+help(?:\s+me)?|i\s+need\s+(?:some\s+)?help)\s*[,!.:-]\s*)/i;
// Short pleas carry no description of the problem ("Can you please help me?", "Please fix this ASAP!").
const CUSTOMER_PLEA_EN = /\b(?:help|what\s+(?:can|should|do)\s+i\s+do|fix\s+(?:this|it)|assist|asap|urgent(?:ly)?|thanks?|thank\s+you)\b/i;
const CUSTOMER_DROP_EN = /^(?:hello|hi|hey|thanks?|thank\s+you)\W*$/i;

/** A customer sentence in their own words, without greetings or bare pleas for help; null when nothing is left. */
export function cleanCustomerSentence(sentence: string): string | null {
  if (hasCjk(sentence)) {
    const text = stripLeads(sentence, GREETING_LEAD_ZH).replace(/^(?:请问|麻烦问一下|问一下)[，,]?/u, '');
    if (/^(?:在吗|有人吗|帮帮我|求助)[？?！!。]*$/u.test(text)) return null;
    return Array.from(text.replace(/[\p{P}\s]/gu, '')).length < MIN_CHARS_ZH ? null : text;
  }
  const text = stripLeads(sentence, CUSTOMER_LEAD_EN);
  if (CUSTOMER_DROP_EN.test(text) || wordCount(text) < MIN_WORDS_EN) return null;
  if (wordCount(text) <= 7 && CUSTOMER_PLEA_EN.test(text)) return null;
  // Typed in a hurry ("i never got it", "i'm locked out"): the pronoun is written I in an article.
  return capitalize(text.replace(/(?<![\p{L}'’])i(?=\s|['’](?:m|ve|ll|d)\b)/gu, 'I'));
}
