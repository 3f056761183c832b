/**
 * For packagers: downloads the default embedding model into resources/models/<org>/<name>/ so that
 * the packaged app works offline from the first start (electron-builder ships resources/models).
 *
 *   npm run fetch-model                       # Xenova/multilingual-e5-small from huggingface.co
 *   npm run fetch-model -- Xenova/all-MiniLM-L6-v2
 *   GLEANER_MODEL_MIRROR=https://mirror.example npm run fetch-model
 *
 * Interrupted downloads resume (HTTP Range); sizes and the hub's sha256 are checked. Needs network.
 */
import { resolve } from 'node:path';
import { catalogueEntry } from '../electron/core/embed/catalogue';
import { downloadModel } from '../electron/core/embed/models/download';
import { DEFAULT_NEURAL_MODEL } from '../shared/domain/embed';

const id = process.argv[2] ?? DEFAULT_NEURAL_MODEL;
const entry = catalogueEntry(id);
if (!entry) {
  process.stderr.write(
    `fetch-model: ${id} is not in the catalogue (electron/core/embed/catalogue.ts)\n`,
  );
  process.exit(2);
}
const target = resolve(process.env.GLEANER_BUNDLED_MODELS ?? 'resources/models');
let last = 0;
const model = await downloadModel(target, entry, {
  allowed: true,
  baseUrl: process.env.GLEANER_MODEL_MIRROR,
  progress: (done, total, file) => {
    if (Date.now() - last < 500) return;
    last = Date.now();
    process.stderr.write(
      `\rfetch-model: ${file} ${(done / 1e6).toFixed(1)} / ${(total / 1e6).toFixed(1)} MB`,
    );
  },
});
process.stderr.write(`\nfetch-model: ${model.id} ready in ${model.dir}\n`);
