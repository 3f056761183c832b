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
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) {
      const batch = texts.slice(i, i + this.batchSize).map((text) => `${prefix}${text}`);
      out.push(...(await runExtractor(this.extractor, batch, this.dimension)));
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

async function runExtractor(
  extractor: Extractor,
  batch: string[],
  dimension: number,
): Promise<Float32Array[]> {
  const output = await (
    extractor as (
      texts: string[],
      options: object,
    ) => Promise<{ data: Float32Array; dims: number[] }>
  )(batch, {
    pooling: 'mean',
    normalize: true,
  });
  const width = output.dims[output.dims.length - 1] ?? dimension;
  return batch.map((_, row) => output.data.slice(row * width, (row + 1) * width));
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
  const [probe] = await runExtractor(extractor, ['dimension probe'], 0);
  if (!probe) throw new GleanerError('E_MODEL', `The model in ${dir} returned no vector.`);
  return probe.length;
}
