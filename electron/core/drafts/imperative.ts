/**
 * Deterministic rewrites of agent wording into KCS style: imperative, second person, no hedging.
 * "You can tap Settings" -> "Tap Settings"; "I'd recommend restarting the app" -> "Restart the app";
 * "您可以先重启" -> "先重启". Only rewrites a rule is sure about; anything else is left as said.
 */

// -ing forms whose base form no spelling rule recovers reliably.
const BASE_OF: Record<string, string> = {
  using: 'use', updating: 'update', closing: 'close', removing: 'remove', enabling: 'enable', disabling: 'disable',
  changing: 'change', making: 'make', restoring: 'restore', typing: 'type', saving: 'save', deleting: 'delete',
  choosing: 'choose', charging: 'charge', replacing: 'replace', rebooting: 'reboot', toggling: 'toggle', purging: 'purge',
  uninstalling: 'uninstall', reinstalling: 'reinstall', leaving: 'leave', giving: 'give', having: 'have',
  taking: 'take', moving: 'move', placing: 'place', completing: 'complete', creating: 'create', uploading: 'upload',
  signing: 'sign', logging: 'log', scanning: 'scan', continuing: 'continue', tightening: 'tighten', loosening: 'loosen',
  cleaning: 'clean', examining: 'examine', measuring: 'measure', ensuring: 'ensure', securing: 'secure',
};

/** "restarting" -> "restart", "resetting" -> "reset", "updating" -> "update". */
export function baseOfGerund(word: string): string {
  const lower = word.toLowerCase();
  const known = BASE_OF[lower];
  if (known) return known;
  if (!lower.endsWith('ing') || lower.length < 6) return lower;
  const stem = lower.slice(0, -3);
  if (/([bdgmnprt])\1$/.test(stem) && !/(ll|ss)$/.test(stem)) return stem.slice(0, -1);
  if (/(at|iz|yz|v|c|bl|pl|dl|gl|tl|ur|ag)$/.test(stem) && !/(ch|ck)$/.test(stem)) return `${stem}e`;
  return stem;
}

const capitalize = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

const MODAL_LEAD =
  /^(?:so\s*,?\s*|now\s*,?\s*|first\s*,?\s*|then\s*,?\s*)?(?:you\s+(?:can|could|may|should|must|will\s+need\s+to|need\s+to|have\s+to|might\s+want\s+to|may\s+want\s+to|will\s+want\s+to|'ll\s+need\s+to|'ll\s+want\s+to|just\s+need\s+to|would\s+need\s+to|want\s+to)|you(?:'ll|’ll)\s+(?:need|want)\s+to|please|kindly|just|let(?:'s|’s|\s+us)|what\s+you\s+(?:need|have)\s+to\s+do\s+is(?:\s+to)?|the\s+(?:next|first|best)\s+step\s+is\s+to|try\s+and)\s+/i;
const RECOMMEND_GERUND =
  /^(?:i(?:\s+would|'d|’d)\s+|i\s+|we\s+(?:would\s+|'d\s+)?)?(?:recommend|suggest|advise)\s+(?:that\s+you\s+)?(\p{L}+ing)\b/iu;
const RECOMMEND_YOU = /^(?:i(?:\s+would|'d|’d)\s+|i\s+|we\s+(?:would\s+|'d\s+)?)?(?:recommend|suggest|advise)\s+(?:that\s+)?you\s+(?:to\s+)?/i;
// A bare verb must follow a rewrite, or the sentence was not an instruction ("You can't ...", "You should be fine").
const NOT_AN_INSTRUCTION = /^(?:not|n't|be|get\s+a|also\s+be|see\s+it|have\s+(?:a|an|the|received|been))\b/i;

/** The English sentence as an instruction when a rule applies; otherwise unchanged. */
export function imperativeEn(sentence: string): string {
  let text = sentence.trim();
  for (let round = 0; round < 2; round += 1) {
    const gerund = RECOMMEND_GERUND.exec(text);
    if (gerund) {
      text = capitalize(baseOfGerund(gerund[1]!) + text.slice(gerund[0].length));
      continue;
    }
    const recommend = RECOMMEND_YOU.exec(text);
    if (recommend) {
      text = capitalize(text.slice(recommend[0].length));
      continue;
    }
    const modal = MODAL_LEAD.exec(text);
    if (modal && !NOT_AN_INSTRUCTION.test(text.slice(modal[0].length))) {
      text = capitalize(text.slice(modal[0].length));
      continue;
    }
    break;
  }
  return text;
}

const ZH_LEAD = /^(?:那|那么|首先|接下来|然后)?[，,]?\s*(?:我(?:这边)?建议您|建议您|麻烦您|请您|您可以|您需要|您先|请)(?=\S)/u;

/** "您可以先重启路由器" -> "先重启路由器"; "请您在设置里…" -> "在设置里…". */
export function imperativeZh(sentence: string): string {
  let text = sentence.trim();
  const lead = ZH_LEAD.exec(text);
  if (lead) {
    const rest = text.slice(lead[0].length);
    // "您先" keeps its "先": the order word is part of the instruction.
    text = lead[0].endsWith('您先') ? `先${rest}` : rest;
  }
  return text;
}
