import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBertModel, type BertShape } from './bert';

const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;
const BASE_WORDS =
  'the a an to and of in my is it i you for on have not has with was card account money refund order delivery arrived help please can how why what where when transfer payment app pin cash charge fee top up exchange rate'.split(
    ' ',
  );
const CJK_CHARS =
  '我想退货物流信息一直没有更新订单账户卡钱支付转款查询您好请问什么时候为到帐号码密码';

/** A WordPiece vocabulary: special tokens, single characters (plain and ##), then whole words. */
export function buildVocab(words: readonly string[] = []): string[] {
  const chars = [...'abcdefghijklmnopqrstuvwxyz0123456789', ...'.,!?\'"-:;()$%&/', ...CJK_CHARS];
  const vocab = new Set<string>(SPECIAL);
  for (const c of chars) vocab.add(c);
  for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') vocab.add(`##${c}`);
  for (const w of [...BASE_WORDS, ...words]) if (/^[a-z]+$/.test(w)) vocab.add(w);
  return [...vocab];
}

function tokenizerJson(vocab: readonly string[]): object {
  const ids = Object.fromEntries(vocab.map((token, id) => [token, id]));
  const special = (content: string) => ({
    id: ids[content],
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map(special),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [ids['[CLS]']], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [ids['[SEP]']], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: ids,
    },
  };
}

export interface TestModelOptions extends Partial<Omit<BertShape, 'vocabSize'>> {
  /** Extra whole words for the vocabulary (e.g. the frequent words of a corpus). */
  readonly words?: readonly string[];
  /** Write only some files, to test the folder validation. */
  readonly omit?: readonly string[];
}

export const TINY_BERT: Omit<BertShape, 'vocabSize'> = {
  hidden: 32,
  layers: 2,
  heads: 4,
  intermediate: 64,
  maxPositions: 128,
  int8: false,
  seed: 7,
};
/** The shape of all-MiniLM-L6-v2 with int8 weights, random values: for speed, not quality. */
export const MINILM_SHAPE: Omit<BertShape, 'vocabSize'> = {
  hidden: 384,
  layers: 6,
  heads: 12,
  intermediate: 1536,
  maxPositions: 512,
  int8: true,
  seed: 11,
};

/**
 * Writes a model folder in the transformers.js layout: config.json, tokenizer.json,
 * tokenizer_config.json and onnx/model_quantized.onnx (which `quantized: true` reads).
 */
export async function writeTestModel(
  dir: string,
  options: TestModelOptions = {},
): Promise<{ dir: string; vocabSize: number; hidden: number }> {
  const vocab = buildVocab(options.words);
  const shape: BertShape = { ...TINY_BERT, ...options, vocabSize: vocab.length };
  const files: Record<string, string | Uint8Array> = {
    'config.json': JSON.stringify({
      model_type: 'bert',
      hidden_size: shape.hidden,
      num_hidden_layers: shape.layers,
      num_attention_heads: shape.heads,
      intermediate_size: shape.intermediate,
      max_position_embeddings: shape.maxPositions,
      vocab_size: vocab.length,
    }),
    'tokenizer_config.json': JSON.stringify({
      tokenizer_class: 'BertTokenizer',
      model_max_length: shape.maxPositions,
      do_lower_case: true,
      pad_token: '[PAD]',
      unk_token: '[UNK]',
      cls_token: '[CLS]',
      sep_token: '[SEP]',
      mask_token: '[MASK]',
    }),
    'tokenizer.json': JSON.stringify(tokenizerJson(vocab)),
    'onnx/model_quantized.onnx': buildBertModel(shape),
  };
  await mkdir(join(dir, 'onnx'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    if (options.omit?.includes(name)) continue;
    await writeFile(join(dir, name), content);
  }
  return { dir, vocabSize: vocab.length, hidden: shape.hidden };
}
