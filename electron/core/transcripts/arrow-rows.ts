import { createRequire } from 'node:module';
import type { Data, DataType, Table as ArrowTable } from 'apache-arrow';
import { transcriptsTable } from '../workspace/tables/transcripts';
import type { TranscriptRow } from './row';

/**
 * apache-arrow as LanceDB loads it (CommonJS): LanceDB checks `instanceof` its own classes, and the ES
 * module build is a second copy whose tables it cannot take as they are.
 */
declare const require: NodeJS.Require | undefined;
const arrow = (typeof require === 'function' ? require : createRequire(import.meta.url))(
  'apache-arrow',
) as typeof import('apache-arrow');
const { Bool, Field, Float64, Int32, Int8, makeData, RecordBatch, Schema, Struct, Utf8 } = arrow;
type Utf8 = import('apache-arrow').Utf8;
type Bool = import('apache-arrow').Bool;
type Float64 = import('apache-arrow').Float64;
type Int32 = import('apache-arrow').Int32;
type Int8 = import('apache-arrow').Int8;

/**
 * Transcript rows as one Arrow record batch, built column by column straight into typed arrays.
 * LanceDB's own conversion of plain objects infers and appends value by value and was the largest
 * write cost of an import.
 */

function validity(
  length: number,
  isNull: (i: number) => boolean,
): { bitmap: Uint8Array; nulls: number } {
  const bitmap = new Uint8Array((length + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < length; i += 1) {
    if (isNull(i)) nulls += 1;
    else bitmap[i >> 3]! |= 1 << (i & 7);
  }
  return { bitmap, nulls };
}

function utf8Column(values: ReadonlyArray<string | null>): Data<Utf8> {
  const length = values.length;
  const offsets = new Int32Array(length + 1);
  let total = 0;
  for (let i = 0; i < length; i += 1) {
    const v = values[i];
    if (v) total += Buffer.byteLength(v, 'utf8');
    offsets[i + 1] = total;
  }
  const data = Buffer.allocUnsafe(total);
  for (let i = 0; i < length; i += 1) {
    const v = values[i];
    if (v) data.write(v, offsets[i]!, 'utf8');
  }
  const { bitmap, nulls } = validity(length, (i) => values[i] === null || values[i] === undefined);
  return makeData({
    type: new Utf8(),
    length,
    nullCount: nulls,
    nullBitmap: nulls > 0 ? bitmap : null,
    valueOffsets: offsets,
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  });
}

function numberColumn(type: Float64 | Int32 | Int8, values: ReadonlyArray<number | null>): Data {
  const length = values.length;
  const array =
    type instanceof Float64
      ? new Float64Array(length)
      : type instanceof Int32
        ? new Int32Array(length)
        : new Int8Array(length);
  for (let i = 0; i < length; i += 1) array[i] = values[i] ?? 0;
  const { bitmap, nulls } = validity(length, (i) => values[i] === null || values[i] === undefined);
  const props = { length, nullCount: nulls, nullBitmap: nulls > 0 ? bitmap : null };
  if (type instanceof Float64) return makeData({ ...props, type, data: array as Float64Array });
  if (type instanceof Int32) return makeData({ ...props, type, data: array as Int32Array });
  return makeData({ ...props, type: type as Int8, data: array as Int8Array });
}

function boolColumn(values: readonly boolean[]): Data<Bool> {
  const length = values.length;
  const bits = new Uint8Array((length + 7) >> 3);
  for (let i = 0; i < length; i += 1) if (values[i]) bits[i >> 3]! |= 1 << (i & 7);
  return makeData({ type: new Bool(), length, nullCount: 0, data: bits });
}

/** The rows as an Arrow table with the transcripts table's schema (field order and nullability). */
let cachedSchema: import('apache-arrow').Schema | null = null;

/** The transcripts schema rebuilt with LanceDB's copy of the Arrow classes. */
function schemaForLance(): import('apache-arrow').Schema {
  cachedSchema ??= new Schema(
    transcriptsTable.schema.fields.map((field) => {
      const id = (field.type as DataType).typeId;
      const type =
        id === arrow.Type.Utf8
          ? new Utf8()
          : id === arrow.Type.Bool
            ? new Bool()
            : field.type.toString() === 'Float64'
              ? new Float64()
              : field.type.toString() === 'Int32'
                ? new Int32()
                : field.type.toString() === 'Int8'
                  ? new Int8()
                  : null;
      if (!type)
        throw new Error(
          `transcripts column ${field.name}: no Arrow writer for ${String(field.type)}`,
        );
      return new Field(field.name, type, field.nullable);
    }),
  );
  return cachedSchema;
}

export function transcriptRowsToArrow(rows: readonly TranscriptRow[]): ArrowTable {
  const schema = schemaForLance();
  const children = schema.fields.map((field): Data => {
    const name = field.name as keyof TranscriptRow;
    const type = field.type as DataType;
    if (type instanceof Utf8) return utf8Column(rows.map((r) => r[name] as string | null));
    if (type instanceof Bool) return boolColumn(rows.map((r) => Boolean(r[name])));
    if (type instanceof Float64 || type instanceof Int32 || type instanceof Int8)
      return numberColumn(
        type,
        rows.map((r) => r[name] as number | null),
      );
    throw new Error(`transcripts column ${field.name}: no Arrow writer for ${String(type)}`);
  });
  const struct = makeData({
    type: new Struct(schema.fields),
    length: rows.length,
    nullCount: 0,
    children,
  });
  return new arrow.Table([new RecordBatch(schema, struct)]);
}
