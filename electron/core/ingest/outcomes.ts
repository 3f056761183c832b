import type { Turn } from '../../../shared/domain/transcript';

export interface Escalation {
  escalated: boolean;
  /** Which rule decided: 'data' (the export said so), 'bot_handoff', 'transfer_phrase', 'dm_redirect', or null. */
  rule: string | null;
  turn: number | null;
}

const TRANSFER = [
  /\b(transfer(ring)?|escalat(e|ing|ed)|hand(ing)? (you )?over|connect(ing)? you (with|to)|put you through)\b.{0,40}\b(specialist|supervisor|manager|team|department|colleague|tier|level ?2|second line|agent|human)\b/i,
  /\b(raise|raised|opened|create[d]?) (a |an )?(ticket|case|escalation)\b.{0,30}\b(specialist|engineering|tier|team|back[- ]?office)\b/i,
  /\b(supervisor|manager) (will|can) (call|contact|get back)/i,
  /转(接)?(人工|二线|专员|主管|技术|专家|相关部门)|升级(处理|到|给)|提交(给)?(上级|二线|技术部门)|为您转接|联系(主管|专员)/,
];
const DM = /\b(DM|direct message|private message|send us a (dm|message)|message us)\b/i;
const ASK_HUMAN =
  /\b(speak|talk) (to|with) (a )?(human|real person|agent|someone)\b|转人工|人工客服/i;

/** Escalation from the data when present, otherwise inferred from the turns, with the rule that fired. */
export function inferEscalation(
  turns: readonly Turn[],
  fromData: boolean | null | undefined,
  channel?: string | null,
): Escalation {
  if (fromData === true || fromData === false) {
    const turn = fromData ? findTransferTurn(turns) : null;
    return { escalated: fromData, rule: 'data', turn };
  }
  for (let i = 1; i < turns.length; i += 1) {
    if (turns[i]!.role === 'agent' && turns.slice(0, i).some((t) => t.role === 'bot'))
      return { escalated: true, rule: 'bot_handoff', turn: i };
  }
  const transfer = findTransferTurn(turns);
  if (transfer !== null) return { escalated: true, rule: 'transfer_phrase', turn: transfer };
  if (channel === 'twitter') {
    const dm = turns.findIndex((t) => t.role === 'agent' && DM.test(t.text));
    if (dm >= 0) return { escalated: true, rule: 'dm_redirect', turn: dm };
  }
  const asked = turns.findIndex((t) => t.role === 'customer' && ASK_HUMAN.test(t.text));
  if (asked >= 0 && turns.slice(asked + 1).some((t) => t.role === 'agent'))
    return { escalated: true, rule: 'customer_asked_human', turn: asked };
  return { escalated: false, rule: null, turn: null };
}

function findTransferTurn(turns: readonly Turn[]): number | null {
  const index = turns.findIndex(
    (t) =>
      (t.role === 'agent' || t.role === 'bot' || t.role === 'system') &&
      TRANSFER.some((p) => p.test(t.text)),
  );
  return index >= 0 ? index : null;
}

const HAN = /\p{Script=Han}/u;

/**
 * 'zh-CN' when most letters are Han characters, else 'en' (over the first 4,000 UTF-16 units).
 * A loop over char codes: it runs for every imported conversation, and a global match built arrays.
 */
export function detectLanguage(text: string): string {
  const end = Math.min(text.length, 4000);
  let han = 0;
  let latin = 0;
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin += 1;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      han += 1;
    } else if (
      c >= 0xd800 &&
      c <= 0xdbff &&
      i + 1 < end &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      if (HAN.test(text.slice(i, i + 2))) han += 1;
      i += 1;
    } else if (HAN.test(text[i]!)) {
      han += 1;
    }
  }
  return han > latin / 3 && han > 0 ? 'zh-CN' : 'en';
}
