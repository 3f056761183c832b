import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
type INodeProto = onnxProto.onnx.INodeProto;
type ITensorProto = onnxProto.onnx.ITensorProto;
type IAttributeProto = onnxProto.onnx.IAttributeProto;

export const DataType = onnx.TensorProto.DataType;
const AttributeType = onnx.AttributeProto.AttributeType;

export type Attribute = number | number[] | { float: number } | { floats: number[] };

/** A small ONNX graph builder: nodes with generated output names, initializers as raw little-endian bytes. */
export class GraphBuilder {
  readonly nodes: INodeProto[] = [];
  readonly initializers: ITensorProto[] = [];
  private counter = 0;

  node(
    opType: string,
    inputs: string[],
    attributes: Record<string, Attribute> = {},
    outputs = 1,
    name?: string,
  ): string[] {
    const id = `${opType.toLowerCase()}_${(this.counter += 1)}`;
    const outs = Array.from({ length: outputs }, (_, i) =>
      name && i === 0 ? name : `${id}_out${i}`,
    );
    this.nodes.push({
      opType,
      name: id,
      input: inputs,
      output: outs,
      attribute: Object.entries(attributes).map(([key, value]) => attribute(key, value)),
    });
    return outs;
  }

  /** One output, for the common case. */
  op(
    opType: string,
    inputs: string[],
    attributes: Record<string, Attribute> = {},
    name?: string,
  ): string {
    return this.node(opType, inputs, attributes, 1, name)[0]!;
  }

  floats(name: string, dims: number[], values: Float32Array): string {
    return this.raw(
      name,
      dims,
      DataType.FLOAT,
      new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
    );
  }

  int8s(name: string, dims: number[], values: Int8Array): string {
    return this.raw(
      name,
      dims,
      DataType.INT8,
      new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
    );
  }

  int64s(name: string, dims: number[], values: number[]): string {
    const data = new BigInt64Array(values.map((v) => BigInt(v)));
    return this.raw(name, dims, DataType.INT64, new Uint8Array(data.buffer));
  }

  scalar(name: string, value: number): string {
    return this.floats(name, [], new Float32Array([value]));
  }

  private raw(name: string, dims: number[], dataType: number, bytes: Uint8Array): string {
    this.initializers.push({ name, dims, dataType, rawData: bytes });
    return name;
  }
}

function attribute(name: string, value: Attribute): IAttributeProto {
  if (typeof value === 'number') return { name, type: AttributeType.INT, i: value };
  if (Array.isArray(value)) return { name, type: AttributeType.INTS, ints: value };
  if ('float' in value) return { name, type: AttributeType.FLOAT, f: value.float };
  return { name, type: AttributeType.FLOATS, floats: value.floats };
}

const dynamic = (...dims: Array<string | number>) => ({
  dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })),
});

export function valueInfo(
  name: string,
  elemType: number,
  ...dims: Array<string | number>
): onnxProto.onnx.IValueInfoProto {
  return { name, type: { tensorType: { elemType, shape: dynamic(...dims) } } };
}

/** IR 8 and opset 17: the newest onnxruntime-node 1.14 loads (STACK.md). */
export function encodeModel(
  graph: GraphBuilder,
  inputs: onnxProto.onnx.IValueInfoProto[],
  outputs: onnxProto.onnx.IValueInfoProto[],
): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'gleaner-test-model',
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'bert',
      node: graph.nodes,
      initializer: graph.initializers,
      input: inputs,
      output: outputs,
    },
  });
  return onnx.ModelProto.encode(model).finish();
}
