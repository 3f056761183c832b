import { basename, dirname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { GleanerError } from '../../../shared/errors';
import type { Embedder } from './embedder';
import { validateModelFolder } from './models/validate';

type Transformers = typeof import('@xenova/transformers');
type Extractor = Awaited<ReturnType<Transformers['pipeline']>>;

export interface TransformersModelSpec {
  /** The id stored with the vectors, e.g. 'Xenova/multilingual-e5-small'. */
  readonly id: string;
  /** The folder holding config.json, tokenizer files and onnx/model_quantized.onnx. */
  readonly dir: string;
  readonly prefixes: { readonly query: string; readonly passage: string };
  readonly batchSize?: number;
}

let library: Promise<Transformers> | undefined;
// transformers.js reads its settings from one global `env`: loads are serialized so two models
// in different folders never see each other's localModelPath.
let loading: Promise<unknown> = Promise.resolve();

/** Loaded on first use: importing the library costs ~110 ms and most runs never need it. */
const loadLibrary = (): Promise<Transformers> => (library ??= import('@xenova/transformers'));

/** Feature extraction through transformers.js: mean pooling, L2 normalization, int8 ONNX, batching. */
export class TransformersEmbedder implements Embedder {
  private constructor(
    readonly id: string,
    readonly dimension: number,
    private readonly extractor: Extractor,
    private readonly prefixes: TransformersModelSpec['prefixes'],
    private readonly batchSize: number,
  ) {}

  static async load(spec: TransformersModelSpec): Promise<TransformersEmbedder> {
    await validateModelFolder(spec.dir);
    const run = loading.then(() => createExtractor(spec.dir));
    loading = run.catch(() => undefined);
    const extractor = await run;
    const dimension = await hiddenSize(spec.dir, extractor);
    return new TransformersEmbedder(
      spec.id,
      dimension,
      extractor,
      spec.prefixes,
      spec.batchSize ?? 32,
    );
  }

  embedQueries(texts: readonly string[]): Promise<Float32Array[]> {
    return this.embed(texts, this.prefixes.query);
  }

  embedPassages(texts: readonly string[]): Promise<Float32Array[]> {
    return this.embed(texts, this.prefixes.passage);
  }

  async dispose(): Promise<void> {
    await this.extractor.dispose();
  }

  private async embed(texts: readonly string[], prefix: string): Promise<Float32Array[]> {
    // Batches of similar length: a batch is padded to its longest text, so sorting by length
    // (characters, a close stand-in for tokens) cuts the padding the model computes on.
    const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
    const out: Float32Array[] = new Array<Float32Array>(texts.length);
    for (let i = 0; i < order.length; i += this.batchSize) {
      const rows = order.slice(i, i + this.batchSize);
      const vectors = await runExtractor(
        this.extractor,
        rows.map((row) => `${prefix}${texts[row]!}`),
      );
      rows.forEach((row, j) => (out[row] = vectors[j]!));
    }
    return out;
  }
}

async function createExtractor(dir: string): Promise<Extractor> {
  const { env, pipeline } = await loadLibrary();
  // Never fetch on our own: downloads go through the model manager, after the user agreed.
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = `${dirname(dir)}/`;
  // The FS cache can serve another model's files under the same name instead of this folder's.
  env.useFSCache = false;
  try {
    return await pipeline('feature-extraction', basename(dir), { quantized: true });
  } catch (error) {
    throw new GleanerError(
      'E_MODEL',
      `The model in ${dir} cannot be loaded: ${(error as Error).message}`,
    );
  }
}

interface TokenizedBatch {
  readonly attention_mask: { readonly data: BigInt64Array; readonly dims: readonly number[] };
}
interface PipelineParts {
  tokenizer(texts: string[], options: { padding: boolean; truncation: boolean }): TokenizedBatch;
  model(inputs: TokenizedBatch): Promise<{
    last_hidden_state: { readonly data: Float32Array; readonly dims: readonly number[] };
  }>;
}

/**
 * The feature-extraction pipeline's own steps (its tokenizer, padding to the batch's longest, its
 * model), then mean pooling and L2 normalization over plain typed arrays: the pipeline's pooling
 * reads every value through a Tensor proxy and cost as much as the int8 model itself. The
 * arithmetic is the pipeline's (float64 sums, float32 squares accumulated, float32 results).
 */
async function runExtractor(extractor: Extractor, batch: string[]): Promise<Float32Array[]> {
  const parts = extractor as unknown as PipelineParts;
  const inputs = parts.tokenizer(batch, { padding: true, truncation: true });
  const { last_hidden_state: hidden } = await parts.model(inputs);
  const data = hidden.data;
  const [rows = 0, length = 0, width = 0] = hidden.dims;
  const mask = inputs.attention_mask.data;
  const sums = new Float64Array(width);
  const out: Float32Array[] = [];
  for (let row = 0; row < rows; row += 1) {
    sums.fill(0);
    let count = 0;
    for (let t = 0; t < length; t += 1) {
      const m = Number(mask[row * length + t]);
      count += m;
      const base = (row * length + t) * width;
      for (let d = 0; d < width; d += 1) sums[d]! += data[base + d]! * m;
    }
    const vector = new Float32Array(width);
    let squares = 0;
    for (let d = 0; d < width; d += 1) {
      vector[d] = sums[d]! / count;
      squares = Math.fround(squares + vector[d]! ** 2);
    }
    const norm = Math.fround(squares ** 0.5);
    for (let d = 0; d < width; d += 1) vector[d] = vector[d]! / norm;
    out.push(vector);
  }
  return out;
}

async function hiddenSize(dir: string, extractor: Extractor): Promise<number> {
  try {
    const config = JSON.parse(await readFile(`${dir}/config.json`, 'utf8')) as {
      hidden_size?: unknown;
    };
    if (typeof config.hidden_size === 'number' && config.hidden_size > 0) return config.hidden_size;
  } catch {
    // Fall through: ask the model itself.
  }
  const [probe] = await runExtractor(extractor, ['dimension probe']);
  if (!probe) throw new GleanerError('E_MODEL', `The model in ${dir} returned no vector.`);
  return probe.length;
}
