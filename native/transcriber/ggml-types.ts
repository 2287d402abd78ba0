// The ggml tensor types a whisper.cpp model file may hold, with their storage layout
// (ggml/src/ggml.c type_traits: elements per block, bytes per block).

export interface GgmlType {
  name: string;
  blockSize: number;
  typeSize: number;
}

export const GGML_F32 = 0;
export const GGML_F16 = 1;

const TYPES = new Map<number, GgmlType>([
  [GGML_F32, { name: 'f32', blockSize: 1, typeSize: 4 }],
  [GGML_F16, { name: 'f16', blockSize: 1, typeSize: 2 }],
  [2, { name: 'q4_0', blockSize: 32, typeSize: 18 }],
  [3, { name: 'q4_1', blockSize: 32, typeSize: 20 }],
  [6, { name: 'q5_0', blockSize: 32, typeSize: 22 }],
  [7, { name: 'q5_1', blockSize: 32, typeSize: 24 }],
  [8, { name: 'q8_0', blockSize: 32, typeSize: 34 }],
]);

/** The file-level `ftype` (mod 1000: the thousands carry the quantization version) → type of the big weights. */
const FTYPE_TO_TYPE = new Map<number, number>([
  [0, GGML_F32],
  [1, GGML_F16],
  [2, 2],
  [3, 3],
  [7, 8],
  [8, 6],
  [9, 7],
]);

export const QUANT_VERSION_FACTOR = 1000;

export function ggmlType(type: number): GgmlType | undefined {
  return TYPES.get(type);
}

export function weightTypeForFtype(ftype: number): number | undefined {
  return FTYPE_TO_TYPE.get(ftype % QUANT_VERSION_FACTOR);
}

/** Bytes taken by `elements` values of `type`, or null when they do not fill whole blocks. */
export function tensorBytes(type: GgmlType, elements: number): number | null {
  if (elements % type.blockSize !== 0) return null;
  return (elements / type.blockSize) * type.typeSize;
}
