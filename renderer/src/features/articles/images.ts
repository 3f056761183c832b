import type { ImageStore } from '../../editor/plugins/ImagesPlugin';
import { call } from '../../lib/ipc';

const resolved = new Map<string, Promise<string>>();

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Images go to the workspace through IPC; stored ones come back as data URLs, cached per source. */
export const workspaceImages: ImageStore = {
  put: async (file) => (await call('articles:putImage', { base64: await toBase64(file) })).src,
  resolve: (src) => {
    let cached = resolved.get(src);
    if (!cached) {
      cached = call('articles:image', { src }).then((r) => r.dataUrl);
      resolved.set(src, cached);
      cached.catch(() => resolved.delete(src));
    }
    return cached;
  },
};
