import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { remoteCredentialsSchema, type RemoteCredentials } from '../../shared/domain/export';
import { GleanerError } from '../../shared/errors';
import type { CredentialStore } from '../core/export/credentials';
import { writeFileAtomic } from '../core/util/fs';

/** Help-center credentials encrypted with the OS keychain (safeStorage); the file holds only ciphertext. */
export function safeStorageCredentials(safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>, dir: string): CredentialStore {
  const path = (target: string) => join(dir, 'credentials', `${target}.bin`);
  return {
    async get(target) {
      try {
        const plain = safeStorage.decryptString(await readFile(path(target)));
        const parsed = remoteCredentialsSchema.safeParse(JSON.parse(plain));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async set(value: RemoteCredentials) {
      if (!safeStorage.isEncryptionAvailable()) {
        throw new GleanerError('E_FORBIDDEN', 'The system keychain is not available, so the token cannot be stored safely.');
      }
      await writeFileAtomic(path(value.target), safeStorage.encryptString(JSON.stringify(value)));
    },
    async forget(target) {
      await rm(path(target), { force: true });
    },
  };
}
