import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dot } from '../../../../electron/core/embed/embedder';
import { LexicalEmbedder } from '../../../../electron/core/embed/lexical/embedder';
import { IdfFitter, parseIdf, serializeIdf } from '../../../../electron/core/embed/lexical/idf';

const banking = (file: string) =>
  (
    parse(
      readFileSync(resolve(import.meta.dirname, '../../../../../shared/data/banking77', file)),
      { columns: true },
    ) as Array<{ text: string; category: string }>
  ).map((r) => ({
    text: r.text.trim(),
    category: r.category,
  }));

const norm = (v: Float32Array) => Math.sqrt(dot(v, v));

describe('LexicalEmbedder', () => {
  it('gives unit vectors of its dimension, the same for the same text', async () => {
    const embedder = new LexicalEmbedder();
    const [a, b, empty] = await embedder.embedPassages([
      'My card has not arrived',
      'My card has not arrived',
      '',
    ]);
    expect(a).toHaveLength(512);
    expect(norm(a!)).toBeCloseTo(1, 5);
    expect(Array.from(a!)).toEqual(Array.from(b!));
    expect(norm(empty!)).toBe(0);
  });

  it('places paraphrases closer than unrelated texts, in English and in Chinese', async () => {
    const embedder = new LexicalEmbedder();
    const [card, cards, weather] = await embedder.embedQueries([
      'my card has not arrived yet',
      'cards not arrived',
      'the weather is sunny today',
    ]);
    expect(dot(card!, cards!)).toBeGreaterThan(dot(card!, weather!) + 0.2);
    const [a, b, c] = await embedder.embedQueries(['我想退货', '怎么退货呢', '信用卡账单']);
    expect(dot(a!, b!)).toBeGreaterThan(dot(a!, c!) + 0.1);
  });

  it('down-weights words that are in every document once fitted', async () => {
    const fitter = new IdfFitter();
    fitter.add([
      'please help refund',
      'please help card',
      'please help transfer',
      'please help pin',
    ]);
    const fitted = new LexicalEmbedder(fitter.finish());
    const plain = new LexicalEmbedder();
    const q = 'please help refund';
    const [fq, fd] = await fitted.embedQueries([q, 'please help card']);
    const [pq, pd] = await plain.embedQueries([q, 'please help card']);
    expect(dot(fq!, fd!)).toBeLessThan(dot(pq!, pd!));
  });

  it('leaves a query\'s unseen features out, so nonsense stays far from every document and real queries do not', async () => {
    const texts = banking('test.csv').map((r) => r.text);
    const fitter = new IdfFitter();
    fitter.add(texts);
    const embedder = new LexicalEmbedder(fitter.finish());
    const passages = await embedder.embedPassages(texts);
    const best = async (query: string) => {
      const [q] = await embedder.embedQueries([query]);
      return Math.max(...passages.map((p) => dot(q!, p))) * embedder.seenShareOf(query);
    };
    expect(embedder.seenShareOf('my card has not arrived')).toBeGreaterThan(0.9);
    expect(embedder.seenShareOf('zzzqqxx')).toBeLessThan(0.6);
    expect(await best('zzzqqxx')).toBeLessThan(0.13);
    expect(await best('qwxzjvk')).toBeLessThan(0.13);
    expect(await best('my card has not arrived')).toBeGreaterThan(0.3);
    expect(await best('my crad has not arived')).toBeGreaterThan(0.15);
    // Passages and an unfitted embedder keep every feature.
    expect(new LexicalEmbedder().seenShareOf('zzzqqxx')).toBe(1);
  });

  it('round-trips its IDF through JSON and rejects a damaged file', () => {
    const fitter = new IdfFitter();
    fitter.add(['a b c', 'b c d']);
    const idf = fitter.finish();
    const back = parseIdf(serializeIdf(idf));
    expect(back.documents).toBe(2);
    expect(Array.from(back.df)).toEqual(Array.from(idf.df));
    expect(() => parseIdf('{"format":"other"}')).toThrow(/lexical IDF/);
  });

  it(
    'retrieves utterances of the same BANKING77 intent (recall@10, 154 test queries vs half the train set)',
    { timeout: 120_000 },
    async () => {
      const train = banking('train.csv').filter((_, i) => i % 2 === 0);
      const test = banking('test.csv').filter((_, i) => i % 20 === 0);
      const fitter = new IdfFitter();
      fitter.add(train.map((r) => r.text));
      const embedder = new LexicalEmbedder(fitter.finish());
      const vectors = await embedder.embedPassages(train.map((r) => r.text));
      let hits = 0;
      for (const query of test) {
        const [q] = await embedder.embedQueries([query.text]);
        const top = vectors
          .map((v, i) => ({ i, s: dot(q!, v) }))
          .sort((a, b) => b.s - a.s)
          .slice(0, 10);
        if (top.some(({ i }) => train[i]!.category === query.category)) hits += 1;
      }
      expect(hits / test.length).toBeGreaterThan(0.85);
    },
  );
});
