import { DEFAULT_NEURAL_MODEL } from '../../../shared/domain/embed';

export interface ModelFile {
  readonly path: string;
  /** Bytes, when known: a download of another size is rejected. */
  readonly size?: number;
  /** Hex SHA-256, when known; otherwise the hub's `x-linked-etag` (the LFS sha256) is checked. */
  readonly sha256?: string;
}

export interface CatalogueEntry {
  readonly id: string;
  readonly label: string;
  readonly dimension: number;
  readonly languages: readonly string[];
  /** Total download size, for the consent dialog. */
  readonly sizeBytes: number;
  /** Models trained with instructions in the input (e5) need them at inference time too. */
  readonly prefixes: { readonly query: string; readonly passage: string };
  readonly files: readonly ModelFile[];
}

/** The files transformers.js reads for a quantized feature-extraction model. */
export const REQUIRED_MODEL_FILES = [
  'config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'onnx/model_quantized.onnx',
] as const;

export const MODEL_CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: DEFAULT_NEURAL_MODEL,
    label: 'Multilingual E5 small (int8)',
    dimension: 384,
    languages: ['en', 'zh', 'multilingual'],
    sizeBytes: 118_000_000,
    prefixes: { query: 'query: ', passage: 'passage: ' },
    files: REQUIRED_MODEL_FILES.map((path) => ({ path })),
  },
  {
    id: 'Xenova/all-MiniLM-L6-v2',
    label: 'MiniLM L6 v2 (int8, English)',
    dimension: 384,
    languages: ['en'],
    sizeBytes: 23_000_000,
    prefixes: { query: '', passage: '' },
    files: REQUIRED_MODEL_FILES.map((path) => ({ path })),
  },
];

export const catalogueEntry = (id: string): CatalogueEntry | undefined =>
  MODEL_CATALOGUE.find((entry) => entry.id === id);

/** Prefixes for a model id: the catalogue's, or e5's convention for any id that names e5. */
export function prefixesFor(id: string): { query: string; passage: string } {
  const known = catalogueEntry(id);
  if (known) return known.prefixes;
  return /(^|[/_-])e5([_-]|$)/i.test(id)
    ? { query: 'query: ', passage: 'passage: ' }
    : { query: '', passage: '' };
}
