// The tensors whisper.cpp's loader (whisper_model_load) expects, by name, shape and type.
// The loader aborts the whole process on a mismatch, so inspectModel checks a file against this list
// before it ever reaches the native code; the synthetic model generator writes exactly this list.

import { GGML_F16, GGML_F32, ggmlType, tensorBytes } from './ggml-types';

export interface WhisperDims {
  nVocab: number;
  nAudioCtx: number;
  nAudioState: number;
  nAudioLayer: number;
  nTextCtx: number;
  nTextState: number;
  nTextLayer: number;
  nMels: number;
  /** ggml type of the big 2-D weights (from the file's ftype). */
  weightType: number;
}

export interface TensorSpec {
  name: string;
  /** ggml extents, fastest-varying first (ne[0], ne[1], …). */
  shape: number[];
  type: number;
}

function layerTensors(prefix: string, n: number, wtype: number, cross: boolean): TensorSpec[] {
  const norm = (name: string): TensorSpec[] => [
    { name: `${prefix}.${name}.weight`, shape: [n], type: GGML_F32 },
    { name: `${prefix}.${name}.bias`, shape: [n], type: GGML_F32 },
  ];
  // Whisper's key projections have no bias.
  const attention = (name: string): TensorSpec[] => [
    { name: `${prefix}.${name}.query.weight`, shape: [n, n], type: wtype },
    { name: `${prefix}.${name}.query.bias`, shape: [n], type: GGML_F32 },
    { name: `${prefix}.${name}.key.weight`, shape: [n, n], type: wtype },
    { name: `${prefix}.${name}.value.weight`, shape: [n, n], type: wtype },
    { name: `${prefix}.${name}.value.bias`, shape: [n], type: GGML_F32 },
    { name: `${prefix}.${name}.out.weight`, shape: [n, n], type: wtype },
    { name: `${prefix}.${name}.out.bias`, shape: [n], type: GGML_F32 },
  ];
  return [
    ...norm('attn_ln'),
    ...attention('attn'),
    ...(cross ? [...norm('cross_attn_ln'), ...attention('cross_attn')] : []),
    ...norm('mlp_ln'),
    { name: `${prefix}.mlp.0.weight`, shape: [n, 4 * n], type: wtype },
    { name: `${prefix}.mlp.0.bias`, shape: [4 * n], type: GGML_F32 },
    { name: `${prefix}.mlp.2.weight`, shape: [4 * n, n], type: wtype },
    { name: `${prefix}.mlp.2.bias`, shape: [n], type: GGML_F32 },
  ];
}

export function expectedTensors(d: WhisperDims): TensorSpec[] {
  // The convolutions stay F16 in every quantized file; only an all-F32 file stores them as F32.
  const convType = d.weightType === GGML_F32 ? GGML_F32 : GGML_F16;
  const a = d.nAudioState;
  const t = d.nTextState;
  const specs: TensorSpec[] = [
    { name: 'encoder.positional_embedding', shape: [a, d.nAudioCtx], type: GGML_F32 },
    { name: 'encoder.conv1.weight', shape: [3, d.nMels, a], type: convType },
    { name: 'encoder.conv1.bias', shape: [1, a], type: GGML_F32 },
    { name: 'encoder.conv2.weight', shape: [3, a, a], type: convType },
    { name: 'encoder.conv2.bias', shape: [1, a], type: GGML_F32 },
  ];
  for (let i = 0; i < d.nAudioLayer; i++) {
    specs.push(...layerTensors(`encoder.blocks.${i}`, a, d.weightType, false));
  }
  specs.push(
    { name: 'encoder.ln_post.weight', shape: [a], type: GGML_F32 },
    { name: 'encoder.ln_post.bias', shape: [a], type: GGML_F32 },
    { name: 'decoder.positional_embedding', shape: [t, d.nTextCtx], type: GGML_F32 },
    { name: 'decoder.token_embedding.weight', shape: [t, d.nVocab], type: d.weightType },
  );
  for (let i = 0; i < d.nTextLayer; i++) {
    specs.push(...layerTensors(`decoder.blocks.${i}`, t, d.weightType, true));
  }
  specs.push({ name: 'decoder.ln.weight', shape: [t], type: GGML_F32 }, { name: 'decoder.ln.bias', shape: [t], type: GGML_F32 });
  return specs;
}

export function elementCount(shape: readonly number[]): number {
  return shape.reduce((product, extent) => product * extent, 1);
}

/** Bytes of a tensor's header in the file: n_dims, name length, type, the extents, the name. */
export function tensorHeaderBytes(spec: TensorSpec): number {
  return 12 + 4 * spec.shape.length + Buffer.byteLength(spec.name);
}

/** Bytes of a tensor's data, or null when its elements do not fill whole storage blocks. */
export function tensorDataBytes(spec: TensorSpec): number | null {
  const type = ggmlType(spec.type);
  return type ? tensorBytes(type, elementCount(spec.shape)) : null;
}
