import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importArticlesFolder } from '../../electron/core/articles/import/folder';
import { readImage } from '../../electron/core/articles/media';
import { getArticle } from '../../electron/core/articles/store';
import { importedModelId } from '../../electron/core/embed/models/import';
import { isModelId, locateModel } from '../../electron/core/embed/models/locate';
import { insideRoot, safeSlug } from '../../electron/core/export/paths';
import { createMarkdownSink } from '../../electron/core/export/targets/markdown';
import type { ExportArticle } from '../../electron/core/export/types';
import { findBackup } from '../../electron/core/workspace/backup';
import { Workspace } from '../../electron/core/workspace/workspace';
import { isAllowedImageSrc } from '../../shared/lexical/url';

/** File names as an attacker writes them: climbing, Windows separators, absolute, encoded, NUL, overlong. */
const HOSTILE = [
  '../../etc/passwd',
  '..\\..\\x',
  '/etc/passwd',
  'C:\\Windows\\system32\\x',
  '%2e%2e/%2e%2e/x',
  '%2e%2e%2f%2e%2e%2fx',
  '....//....//x',
  '．．/．．/x',
  'a\u0000b',
  'x'.repeat(300),
  '..',
  '.',
  '',
];

/** Every file under `dir`, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

const article = (over: Partial<ExportArticle>): ExportArticle => ({
  id: 'a1',
  slug: 'reset-pin',
  title: 'Reset a PIN',
  language: 'en',
  category: 'cards',
  section: '',
  tags: [],
  summary: '',
  html: '<p>x</p>',
  markdown: 'x',
  updatedAt: '2026-12-01T08:00:00.000Z',
  translationOf: null,
  ...over,
});

describe('path traversal in file names from outside', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'gleaner-traversal-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  describe('export', () => {
    it('insideRoot refuses a path that climbs out, is absolute, has a NUL byte or an overlong name, and keeps the rest inside', () => {
      const out = join(root, 'out');
      for (const name of HOSTILE) {
        let target: string | undefined;
        try {
          target = insideRoot(out, 'docs', name);
        } catch (error) {
          expect(error).toMatchObject({ code: 'E_VALIDATION' });
        }
        if (target !== undefined) expect(target === out || target.startsWith(out + sep)).toBe(true);
      }
      for (const name of ['../../etc/passwd', '/etc/passwd', 'a\u0000b', 'x'.repeat(300)]) {
        expect(() => insideRoot(out, name)).toThrow(expect.objectContaining({ code: 'E_VALIDATION' }));
      }
      expect(() => insideRoot(out, 'docs', '../../../x')).toThrow(expect.objectContaining({ code: 'E_VALIDATION' }));
    });

    it('safeSlug turns any name into letters, digits and dashes of at most 80 characters', () => {
      for (const name of HOSTILE) {
        const slug = safeSlug(name);
        expect(slug).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
        expect(slug.length).toBeLessThanOrEqual(80);
      }
    });

    it.each(['docusaurus', 'mkdocs'] as const)('the Markdown sink (%s layout) writes hostile slugs and categories inside the export folder only; a hostile language is refused', async (layout) => {
      const out = join(root, 'export', 'out');
      await mkdir(out, { recursive: true });
      const sink = createMarkdownSink(out, undefined, layout);
      for (const [i, name] of HOSTILE.entries()) await sink.create(article({ id: `a${i}`, slug: name, category: name }), null);
      for (const [i, name] of HOSTILE.entries()) await sink.create(article({ id: `t${i}`, slug: name, category: name, language: 'zh-CN' }), null);
      for (const language of ['../../../../../tmp/evil', 'zh/../../../../x', '..']) {
        await expect(sink.create(article({ language }), null)).rejects.toMatchObject({ code: 'E_VALIDATION' });
      }
      expect(await sink.exists?.('../../etc/passwd')).toBe(false);
      const written = await filesUnder(join(root, 'export'));
      expect(written.length).toBeGreaterThan(0);
      const trees = layout === 'docusaurus' ? [`out${sep}docs${sep}`, `out${sep}i18n${sep}zh-CN${sep}`] : [`out${sep}docs${sep}`];
      for (const file of written) expect(trees.some((tree) => file.startsWith(tree)), file).toBe(true);
    });
  });

  describe('article import', () => {
    let ws: Workspace;
    beforeEach(async () => {
      ws = await Workspace.create(join(root, 'ws'));
    });
    afterEach(() => ws.close());

    it('makes hostile front-matter slugs safe, drops images that point at local paths, and does not follow a symlink out of the folder', async () => {
      const kb = join(root, 'kb');
      await mkdir(kb);
      await mkdir(join(root, 'outside'));
      await writeFile(join(root, 'outside', 'secret.md'), '# Secret outside the folder\n');
      await symlink(join(root, 'outside', 'secret.md'), join(kb, 'linked.md'));
      await symlink(join(root, 'outside'), join(kb, 'linked-folder'));
      const images = ['../../../etc/passwd', '/etc/passwd', 'file:///etc/passwd', '..\\..\\x.png', '%2e%2e/x.png', 'gleaner-media:../../x.png'];
      await writeFile(
        join(kb, 'evil.md'),
        `---\ntitle: "../../etc/passwd"\nslug: "../../etc/passwd"\n---\n# Evil\n\n${images.map((src) => `![img](${src})`).join('\n\n')}\n`,
      );
      await writeFile(join(kb, 'evil.html'), `<html><head><title>..\\..\\x</title></head><body>${images.map((src) => `<img src="${src}">`).join('')}</body></html>`);

      const report = await importArticlesFolder(ws, kb, { id: 'ann' });
      expect(report.created.map((c) => c.file).sort()).toEqual(['evil.html', 'evil.md']);
      for (const { id } of report.created) {
        const imported = await getArticle(ws, id);
        expect(imported.slug).toMatch(/^[\p{Ll}\p{Lo}\p{N}]+(-[\p{Ll}\p{Lo}\p{N}]+)*$/u);
        const srcs = [...JSON.stringify(imported.content).matchAll(/"src":"([^"]*)"/g)].map((m) => m[1] ?? '');
        expect(srcs.filter((src) => !isAllowedImageSrc(src))).toEqual([]);
      }
    });

    it('reads a workspace image only by its hash name', async () => {
      for (const name of [...HOSTILE, 'gleaner-media:../../etc/passwd', `gleaner-media:${'a'.repeat(64)}.png/../../x`]) {
        await expect(readImage(ws, name)).rejects.toMatchObject({ code: 'E_VALIDATION' });
      }
    });
  });

  describe('models and backups', () => {
    it('an imported model folder gets an id that stays inside the models folder, and a climbing id is never located', async () => {
      for (const name of HOSTILE.filter((n) => !n.includes('\u0000'))) {
        const id = importedModelId(join(root, name));
        expect(isModelId(id)).toBe(true);
        expect(id.split('/')).toHaveLength(2);
      }
      await mkdir(join(root, 'etc'), { recursive: true });
      const modelsDir = join(root, 'models');
      for (const id of ['../etc', 'local/../../etc', '../../etc/passwd', '/etc', 'local/..', 'local\\..\\..\\etc']) {
        expect(await locateModel(modelsDir, id, join(root, 'bundled'))).toBeNull();
      }
    });

    it('a backup is named by its folder name only', async () => {
      for (const name of HOSTILE) await expect(findBackup(join(root, 'backups'), name)).rejects.toMatchObject({ code: 'E_VALIDATION' });
    });
  });
});
