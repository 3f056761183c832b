import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipeline, env } from '@xenova/transformers';
import { prefixesFor } from '../../../../electron/core/embed/catalogue';
import { dot } from '../../../../electron/core/embed/embedder';
import { TransformersEmbedder } from '../../../../electron/core/embed/transformers';
import { validateModelFolder } from '../../../../electron/core/embed/models/validate';
import { writeTestModel } from '../../../support/onnx/model-folder';

const SENTENCES = [
  'where is my card',
  'I want a refund for the order please',
  '我想退货',
  'help',
  'the delivery has not arrived and the app says nothing at all about it',
];

describe('TransformersEmbedder on a generated BERT model through the real pipeline', () => {
  let root: string;
  let dir: string;
  let embedder: TransformersEmbedder;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'gleaner-onnx-'));
    // A catalogue-style id with e5 in it: queries and passages get their prefixes.
    dir = join(root, 'models', 'test', 'tiny-e5-bert');
    await writeTestModel(dir);
    embedder = await TransformersEmbedder.load({
      id: 'test/tiny-e5-bert',
      dir,
      prefixes: prefixesFor('test/tiny-e5-bert'),
    });
  });

  afterAll(async () => {
    await embedder?.dispose();
    await rm(root, { recursive: true, force: true });
  });

  it('gives one unit vector of the hidden size per text', async () => {
    expect(embedder.dimension).toBe(32);
    const vectors = await embedder.embedPassages(SENTENCES);
    expect(vectors).toHaveLength(SENTENCES.length);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v).toHaveLength(32);
      expect(Math.sqrt(dot(v, v))).toBeCloseTo(1, 5);
    }
    // Different texts, different vectors.
    expect(dot(vectors[0]!, vectors[1]!)).toBeLessThan(0.9999);
  });

  it('is deterministic and gives the same vectors batched or one by one', async () => {
    const batched = await embedder.embedPassages(SENTENCES);
    const again = await embedder.embedPassages(SENTENCES);
    expect(again.map((v) => Array.from(v))).toEqual(batched.map((v) => Array.from(v)));
    for (const [i, text] of SENTENCES.entries()) {
      const [single] = await embedder.embedPassages([text]);
      for (let d = 0; d < 32; d += 1)
        expect(Math.abs(single![d]! - batched[i]![d]!)).toBeLessThan(1e-4);
    }
  });

  it('adds the e5 prefixes: a query is the pipeline run on "query: " + text', async () => {
    expect(prefixesFor('Xenova/multilingual-e5-small')).toEqual({
      query: 'query: ',
      passage: 'passage: ',
    });
    expect(prefixesFor('Xenova/all-MiniLM-L6-v2')).toEqual({ query: '', passage: '' });
    env.localModelPath = `${join(root, 'models')}/`;
    env.allowRemoteModels = false;
    env.useFSCache = false;
    const bare = await pipeline('feature-extraction', 'test/tiny-e5-bert', { quantized: true });
    const expected = await bare(['query: where is my card', 'passage: where is my card'], {
      pooling: 'mean',
      normalize: true,
    });
    const [query] = await embedder.embedQueries(['where is my card']);
    const [passage] = await embedder.embedPassages(['where is my card']);
    const rows = expected.tolist() as number[][];
    for (let d = 0; d < 32; d += 1) {
      expect(query![d]).toBeCloseTo(rows[0]![d]!, 4);
      expect(passage![d]).toBeCloseTo(rows[1]![d]!, 4);
    }
    expect(dot(query!, passage!)).toBeLessThan(0.99999);
    await bare.dispose();
  });

  it('runs an int8 (MatMulInteger) model with batched and single results within 1e-2', async () => {
    const int8Dir = join(root, 'models', 'test', 'tiny-int8');
    await writeTestModel(int8Dir, { int8: true, hidden: 48, heads: 4, intermediate: 96, seed: 3 });
    const int8 = await TransformersEmbedder.load({
      id: 'test/tiny-int8',
      dir: int8Dir,
      prefixes: { query: '', passage: '' },
    });
    try {
      const batched = await int8.embedPassages(SENTENCES);
      const [single] = await int8.embedPassages([SENTENCES[1]!]);
      expect(batched[1]).toHaveLength(48);
      expect(dot(single!, batched[1]!)).toBeGreaterThan(0.99);
    } finally {
      await int8.dispose();
    }
  });

  it('rejects a broken folder naming each missing or damaged file', async () => {
    const broken = join(root, 'models', 'test', 'broken');
    await writeTestModel(broken, { omit: ['tokenizer.json', 'onnx/model_quantized.onnx'] });
    await writeFile(join(broken, 'config.json'), '{ not json');
    const attempt = TransformersEmbedder.load({
      id: 'test/broken',
      dir: broken,
      prefixes: { query: '', passage: '' },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'E_MODEL' });
    await expect(validateModelFolder(broken)).rejects.toThrow(
      /missing tokenizer\.json, onnx\/model_quantized\.onnx; config\.json is not valid JSON/,
    );
    await expect(validateModelFolder(join(root, 'nowhere'))).rejects.toThrow(/is not a folder/);
  });

  it('reports an ONNX file that is not a model as E_MODEL with the folder in the message', async () => {
    const garbage = join(root, 'models', 'test', 'garbage');
    await writeTestModel(garbage);
    await writeFile(join(garbage, 'onnx', 'model_quantized.onnx'), Buffer.alloc(4096, 7));
    await expect(
      TransformersEmbedder.load({
        id: 'test/garbage',
        dir: garbage,
        prefixes: { query: '', passage: '' },
      }),
    ).rejects.toThrow(/cannot be loaded/);
  });
});
