import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GleanerError } from '../../../../shared/errors';
import { REQUIRED_MODEL_FILES } from '../catalogue';

const isFile = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => null))?.isFile() ?? false;

/** The problems of a model folder, empty when transformers.js can load it. */
export async function modelFolderProblems(dir: string): Promise<string[]> {
  if (!(await stat(dir).catch(() => null))?.isDirectory()) return [`${dir} is not a folder`];
  const problems: string[] = [];
  const missing: string[] = [];
  for (const file of REQUIRED_MODEL_FILES) if (!(await isFile(join(dir, file)))) missing.push(file);
  if (missing.length > 0) problems.push(`missing ${missing.join(', ')}`);
  for (const file of ['config.json', 'tokenizer.json', 'tokenizer_config.json']) {
    if (missing.includes(file)) continue;
    try {
      JSON.parse(await readFile(join(dir, file), 'utf8'));
    } catch {
      problems.push(`${file} is not valid JSON`);
    }
  }
  if (
    !missing.includes('onnx/model_quantized.onnx') &&
    (await stat(join(dir, 'onnx/model_quantized.onnx'))).size < 64
  ) {
    problems.push('onnx/model_quantized.onnx is empty or truncated');
  }
  return problems;
}

/**
 * Checks a folder in the transformers.js layout before anything tries to load it, naming every
 * missing or broken file (ONNX Runtime would only say "Can't create a session").
 */
export async function validateModelFolder(dir: string): Promise<void> {
  const problems = await modelFolderProblems(dir);
  if (problems.length > 0) {
    throw new GleanerError(
      'E_MODEL',
      `The model folder ${dir} cannot be used: ${problems.join('; ')}. It needs ${REQUIRED_MODEL_FILES.join(', ')}.`,
      { dir, problems },
    );
  }
}
