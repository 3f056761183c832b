import type { DraftConversation, SourceSentence } from './types';

// Abbreviations after which a full stop does not end an English sentence.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'vs', 'approx', 'no', 'st', 'min', 'max', 'sec']);

/**
 * Splits text into sentences: English on . ! ? followed by a space (not after an abbreviation or
 * inside a number such as 12.6 or v3.2.1), Chinese after 。！？； (and their ASCII look-alikes when a
 * Han character precedes them), and always at line breaks. Punctuation stays with its sentence.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n+/)) {
    let start = 0;
    for (let i = 0; i < line.length; i += 1) {
      const ch = line[i]!;
      if ('。！？；'.includes(ch)) {
        // Keep closing quotes and brackets with the sentence they close.
        let end = i + 1;
        while (end < line.length && '”」』）)"\''.includes(line[end]!)) end += 1;
        out.push(line.slice(start, end));
        start = end;
        i = end - 1;
        continue;
      }
      if (!'.!?'.includes(ch)) continue;
      let end = i + 1;
      while (end < line.length && '.!?"\')”'.includes(line[end]!)) end += 1;
      const next = line[end];
      const afterHan = /\p{Script=Han}/u.test(line[i - 1] ?? '');
      if (next !== undefined && !/\s/.test(next) && !afterHan) continue;
      if (ch === '.') {
        // "1. Open Settings": a list number, not the end of a sentence.
        if (/^\s*\d{1,2}$/.test(line.slice(start, i))) continue;
        const word = /([\p{L}.]+)$/u.exec(line.slice(start, i))?.[1]?.toLowerCase() ?? '';
        if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
      }
      out.push(line.slice(start, end));
      start = end;
      i = end - 1;
    }
    out.push(line.slice(start));
  }
  return out.map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Every sentence of a conversation with the turn it came from and that turn's relative position. */
export function conversationSentences(conversation: DraftConversation): SourceSentence[] {
  const last = Math.max(1, conversation.turns.length - 1);
  const out: SourceSentence[] = [];
  const span = 1 / (conversation.turns.length || 1);
  conversation.turns.forEach((turn, index) => {
    const sentences = splitSentences(turn.text);
    // Sentences of one turn keep their order: each sits a fraction further along than the previous.
    sentences.forEach((text, k) => {
      const position = Math.min(1, (index + (k / sentences.length) * (1 - span)) / last);
      out.push({ text, transcriptId: conversation.id, turn: index, role: turn.role, position });
    });
  });
  return out;
}
