import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REQUIRED_MODEL_FILES,
  type CatalogueEntry,
} from '../../../../electron/core/embed/catalogue';
import { downloadModel } from '../../../../electron/core/embed/models/download';
import { importModelFolder } from '../../../../electron/core/embed/models/import';
import { listModels } from '../../../../electron/core/embed/models/list';
import { locateModel } from '../../../../electron/core/embed/models/locate';
import { writeTestModel } from '../../../support/onnx/model-folder';

/** A hub-shaped server: /{id}/resolve/main/{path}, honouring Range, sending x-linked-etag like the hub's LFS files. */
function hubServer(files: Map<string, Buffer>, options: { cutAfter?: number; badSha?: boolean }) {
  const requests: Array<{ path: string; range: string | undefined }> = [];
  let cutOnce = options.cutAfter !== undefined;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(req.url ?? '');
    requests.push({ path, range: req.headers.range });
    const body = files.get(path);
    if (!body) return void res.writeHead(404).end();
    const sha = createHash('sha256')
      .update(options.badSha ? Buffer.from('other') : body)
      .digest('hex');
    const start = Number(/bytes=(\d+)-/.exec(req.headers.range ?? '')?.[1] ?? 0);
    const headers = { 'x-linked-etag': `"${sha}"`, 'content-type': 'application/octet-stream' };
    if (start > 0)
      res.writeHead(206, {
        ...headers,
        'content-range': `bytes ${start}-${body.length - 1}/${body.length}`,
        'content-length': body.length - start,
      });
    else res.writeHead(200, { ...headers, 'content-length': body.length });
    const chunk = body.subarray(start);
    if (cutOnce && chunk.length > options.cutAfter!) {
      // Simulate a dropped connection mid-file.
      cutOnce = false;
      res.write(chunk.subarray(0, options.cutAfter));
      setTimeout(() => res.destroy(), 20);
      return;
    }
    res.end(chunk);
  });
  return { server, requests };
}

const listen = (server: Server): Promise<string> =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

describe('model manager', () => {
  let root: string;
  let source: string;
  const entry: CatalogueEntry = {
    id: 'test/hub-model',
    label: 'test',
    dimension: 32,
    languages: ['en'],
    sizeBytes: 1,
    prefixes: { query: '', passage: '' },
    files: REQUIRED_MODEL_FILES.map((path) => ({ path })),
  };
  const hubFiles = new Map<string, Buffer>();

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'gleaner-models-'));
    source = join(root, 'usb-stick', 'my-e5-model');
    await writeTestModel(source);
    for (const file of REQUIRED_MODEL_FILES)
      hubFiles.set(`/${entry.id}/resolve/main/${file}`, await readFile(join(source, file)));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('imports a valid folder under local/<name> and lists it as installed with its size and dimension', async () => {
    const modelsDir = join(root, 'ws1', 'models');
    const model = await importModelFolder(modelsDir, source);
    expect(model.id).toBe('local/my-e5-model');
    expect(await locateModel(modelsDir, model.id, join(root, 'no-bundle'))).toMatchObject({
      source: 'installed',
    });
    const models = await listModels(modelsDir, 'local/my-e5-model', join(root, 'no-bundle'));
    const listed = models.find((m) => m.id === 'local/my-e5-model')!;
    expect(listed).toMatchObject({
      status: 'installed',
      dimension: 32,
      active: true,
      problem: null,
    });
    expect(listed.sizeBytes).toBeGreaterThan(10_000);
    expect(models.find((m) => m.id === 'lexical')).toMatchObject({
      status: 'built-in',
      active: false,
    });
    expect(models.find((m) => m.id === 'Xenova/multilingual-e5-small')).toMatchObject({
      status: 'not-installed',
      dimension: 384,
    });
  });

  it('refuses a folder with missing files, naming them, and leaves nothing behind', async () => {
    const broken = join(root, 'broken-model');
    await writeTestModel(broken, { omit: ['tokenizer_config.json'] });
    const modelsDir = join(root, 'ws2', 'models');
    await expect(importModelFolder(modelsDir, broken)).rejects.toThrow(
      /missing tokenizer_config\.json/,
    );
    expect(await stat(modelsDir).catch(() => null)).toBeNull();
  });

  it('lists bundled models and marks a damaged installed folder invalid', async () => {
    const bundled = join(root, 'resources', 'models');
    await writeTestModel(join(bundled, 'Xenova', 'multilingual-e5-small'));
    const modelsDir = join(root, 'ws3', 'models');
    await mkdir(join(modelsDir, 'local', 'half'), { recursive: true });
    await writeFile(join(modelsDir, 'local', 'half', 'config.json'), '{}');
    const models = await listModels(modelsDir, null, bundled);
    expect(models.find((m) => m.id === 'Xenova/multilingual-e5-small')).toMatchObject({
      status: 'bundled',
    });
    expect(models.find((m) => m.id === 'local/half')).toMatchObject({
      status: 'invalid',
      problem: expect.stringMatching(/missing tokenizer\.json/),
    });
    expect(models.find((m) => m.id === 'lexical')!.active).toBe(true);
  });

  it('downloads nothing without consent', async () => {
    const { server, requests } = hubServer(hubFiles, {});
    const base = await listen(server);
    try {
      await expect(
        downloadModel(join(root, 'ws4', 'models'), entry, { allowed: false, baseUrl: base }),
      ).rejects.toMatchObject({ code: 'E_FORBIDDEN' });
      expect(requests).toHaveLength(0);
    } finally {
      server.close();
    }
  });

  it('resumes an interrupted download with a Range request and checks the checksum', async () => {
    const { server, requests } = hubServer(hubFiles, { cutAfter: 3000 });
    const base = await listen(server);
    const modelsDir = join(root, 'ws5', 'models');
    const seen: number[] = [];
    try {
      await expect(
        downloadModel(modelsDir, entry, { allowed: true, baseUrl: base }),
      ).rejects.toMatchObject({ code: 'E_NETWORK' });
      const model = await downloadModel(modelsDir, entry, {
        allowed: true,
        baseUrl: base,
        progress: (done) => seen.push(done),
      });
      // The first file over 3,000 bytes was cut; the second run asked only for the rest of it.
      const resumed = requests.filter((r) => r.range !== undefined);
      expect(resumed.map((r) => r.range)).toEqual(['bytes=3000-']);
      expect(requests.filter((r) => r.path === resumed[0]!.path)).toHaveLength(2);
      for (const file of REQUIRED_MODEL_FILES) {
        expect(await readFile(join(model.dir, file))).toEqual(
          hubFiles.get(`/${entry.id}/resolve/main/${file}`),
        );
      }
      expect(seen.length).toBeGreaterThan(0);
      for (let i = 1; i < seen.length; i += 1)
        expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    } finally {
      server.close();
    }
  });

  it('discards a file whose checksum does not match', async () => {
    const { server } = hubServer(hubFiles, { badSha: true });
    const base = await listen(server);
    const modelsDir = join(root, 'ws6', 'models');
    try {
      await expect(
        downloadModel(modelsDir, entry, { allowed: true, baseUrl: base }),
      ).rejects.toThrow(/checksum mismatch/);
      expect(await stat(join(modelsDir, entry.id, 'config.json')).catch(() => null)).toBeNull();
      expect(
        await stat(join(modelsDir, entry.id, 'config.json.part')).catch(() => null),
      ).toBeNull();
    } finally {
      server.close();
    }
  });
});
