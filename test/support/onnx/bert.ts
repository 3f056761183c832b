import { DataType, encodeModel, GraphBuilder, valueInfo } from './graph';

export interface BertShape {
  readonly vocabSize: number;
  readonly hidden: number;
  readonly layers: number;
  readonly heads: number;
  readonly intermediate: number;
  readonly maxPositions: number;
  /** int8 weights through DynamicQuantizeLinear + MatMulInteger, like the hub's quantized models. */
  readonly int8: boolean;
  readonly seed: number;
}

/** mulberry32: a seeded generator, so the same shape and seed always give the same model. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A BERT encoder with random weights: embeddings (word + position + type) and LayerNorm, then
 * per layer multi-head self-attention (mask applied as an additive -10000 bias, so padded and
 * unpadded inputs agree) and a GELU feed-forward block. Output: last_hidden_state [B, S, H].
 */
export function buildBertModel(shape: BertShape): Uint8Array {
  const rand = random(shape.seed);
  const uniform = (n: number, scale: number): Float32Array => {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i += 1) out[i] = (rand() * 2 - 1) * scale;
    return out;
  };
  const g = new GraphBuilder();
  const H = shape.hidden;
  const headDim = H / shape.heads;

  const ones = (n: number) => new Float32Array(n).fill(1);
  const zeros = (n: number) => new Float32Array(n);
  const layerNorm = (x: string, prefix: string) =>
    g.op(
      'LayerNormalization',
      [x, g.floats(`${prefix}.gamma`, [H], ones(H)), g.floats(`${prefix}.beta`, [H], zeros(H))],
      { axis: -1, epsilon: { float: 1e-12 } },
    );

  const linear = (x: string, prefix: string, inDim: number, outDim: number): string => {
    const scale = Math.sqrt(3 / inDim);
    const weights = uniform(inDim * outDim, scale);
    const bias = g.floats(`${prefix}.bias`, [outDim], uniform(outDim, 0.02));
    if (!shape.int8)
      return g.op('Add', [
        g.op('MatMul', [x, g.floats(`${prefix}.weight`, [inDim, outDim], weights)]),
        bias,
      ]);
    // Symmetric per-tensor int8 weights, uint8 dynamic activations: what onnxruntime's quantizer emits.
    let max = 0;
    for (const w of weights) max = Math.max(max, Math.abs(w));
    const wScale = max / 127;
    const q = new Int8Array(weights.length);
    for (let i = 0; i < weights.length; i += 1) q[i] = Math.round(weights[i]! / wScale);
    const [xq, xScale, xZero] = g.node('DynamicQuantizeLinear', [x], {}, 3);
    const product = g.op('MatMulInteger', [
      xq!,
      g.int8s(`${prefix}.weight_q`, [inDim, outDim], q),
      xZero!,
      g.int8s(`${prefix}.weight_zp`, [], new Int8Array([0])),
    ]);
    // Cast(MatMulInteger) * (xScale * wScale) + bias: the pattern onnxruntime's quantizer emits and
    // its graph optimizer fuses (measured with one thread: no faster here than two separate Muls).
    const asFloat = g.op('Cast', [product], { to: DataType.FLOAT });
    const scales = g.op('Mul', [xScale!, g.scalar(`${prefix}.weight_scale`, wScale)]);
    return g.op('Add', [g.op('Mul', [asFloat, scales]), bias]);
  };

  // Embeddings.
  const word = g.op('Gather', [
    g.floats('embeddings.word', [shape.vocabSize, H], uniform(shape.vocabSize * H, 1)),
    'input_ids',
  ]);
  const seqLen = g.op(
    'Gather',
    [g.op('Shape', ['input_ids']), g.int64s('const.one_index', [], [1])],
    { axis: 0 },
  );
  const positions = g.op('Range', [
    g.int64s('const.zero', [], [0]),
    seqLen,
    g.int64s('const.one', [], [1]),
  ]);
  const position = g.op('Gather', [
    g.floats('embeddings.position', [shape.maxPositions, H], uniform(shape.maxPositions * H, 0.5)),
    positions,
  ]);
  const type = g.op('Gather', [
    g.floats('embeddings.type', [2, H], uniform(2 * H, 0.5)),
    'token_type_ids',
  ]);
  let x = layerNorm(g.op('Add', [g.op('Add', [word, position]), type]), 'embeddings.norm');

  // (1 - mask) * -10000, shaped [B, 1, 1, S] to broadcast over heads and query positions.
  const maskFloat = g.op('Cast', ['attention_mask'], { to: DataType.FLOAT });
  const inverted = g.op('Sub', [g.scalar('const.f_one', 1), maskFloat]);
  const maskBias = g.op('Unsqueeze', [
    g.op('Mul', [inverted, g.scalar('const.neg', -10000)]),
    g.int64s('const.axes12', [2], [1, 2]),
  ]);
  const splitShape = g.int64s('const.split_heads', [4], [0, 0, shape.heads, headDim]);
  const mergeShape = g.int64s('const.merge_heads', [3], [0, 0, H]);
  const invSqrt = g.scalar('const.inv_sqrt_dh', 1 / Math.sqrt(headDim));

  for (let layer = 0; layer < shape.layers; layer += 1) {
    const p = `layer${layer}`;
    const heads = (t: string, perm: number[]) =>
      g.op('Transpose', [g.op('Reshape', [t, splitShape])], { perm });
    const q = heads(linear(x, `${p}.q`, H, H), [0, 2, 1, 3]);
    const k = heads(linear(x, `${p}.k`, H, H), [0, 2, 3, 1]);
    const v = heads(linear(x, `${p}.v`, H, H), [0, 2, 1, 3]);
    const scores = g.op('Add', [g.op('Mul', [g.op('MatMul', [q, k]), invSqrt]), maskBias]);
    const context = g.op('MatMul', [g.op('Softmax', [scores], { axis: -1 }), v]);
    const merged = g.op('Reshape', [
      g.op('Transpose', [context], { perm: [0, 2, 1, 3] }),
      mergeShape,
    ]);
    x = layerNorm(g.op('Add', [linear(merged, `${p}.o`, H, H), x]), `${p}.attn_norm`);
    const up = linear(x, `${p}.ffn_up`, H, shape.intermediate);
    // GELU(x) = 0.5 x (1 + erf(x / sqrt 2))
    const erf = g.op('Erf', [g.op('Mul', [up, g.scalar(`${p}.inv_sqrt2`, Math.SQRT1_2)])]);
    const gelu = g.op('Mul', [
      g.op('Mul', [up, g.op('Add', [erf, g.scalar(`${p}.gelu_one`, 1)])]),
      g.scalar(`${p}.gelu_half`, 0.5),
    ]);
    x = layerNorm(
      g.op('Add', [linear(gelu, `${p}.ffn_down`, shape.intermediate, H), x]),
      `${p}.ffn_norm`,
    );
  }
  g.op('Identity', [x], {}, 'last_hidden_state');

  return encodeModel(
    g,
    [
      valueInfo('input_ids', DataType.INT64, 'batch', 'sequence'),
      valueInfo('attention_mask', DataType.INT64, 'batch', 'sequence'),
      valueInfo('token_type_ids', DataType.INT64, 'batch', 'sequence'),
    ],
    [valueInfo('last_hidden_state', DataType.FLOAT, 'batch', 'sequence', H)],
  );
}
