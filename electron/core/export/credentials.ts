import { remoteCredentialsSchema, type ExportTarget, type RemoteCredentials } from '../../../shared/domain/export';

/** Where help-center tokens live: the OS keychain (safeStorage) in the app, environment variables in the CLI. */
export interface CredentialStore {
  get(target: ExportTarget): Promise<RemoteCredentials | null>;
  set(value: RemoteCredentials): Promise<void>;
  /** Removes a stored secret; absent where credentials come from the environment. */
  forget?(target: ExportTarget): Promise<void>;
}

const ENV: Record<'zendesk' | 'intercom' | 'freshdesk', Record<string, string>> = {
  zendesk: { baseUrl: 'GLEANER_ZENDESK_URL', email: 'GLEANER_ZENDESK_EMAIL', apiToken: 'GLEANER_ZENDESK_TOKEN' },
  intercom: { baseUrl: 'GLEANER_INTERCOM_URL', accessToken: 'GLEANER_INTERCOM_TOKEN' },
  freshdesk: { baseUrl: 'GLEANER_FRESHDESK_URL', apiKey: 'GLEANER_FRESHDESK_KEY' },
};

export const credentialEnvNames = (target: keyof typeof ENV): string[] => Object.values(ENV[target]);

/** Reads credentials from environment variables (CLI); `--base-url` may override the URL. */
export function envCredentialStore(env: NodeJS.ProcessEnv = process.env, baseUrlOverride?: string): CredentialStore {
  return {
    async get(target) {
      if (!(target in ENV)) return null;
      const names = ENV[target as keyof typeof ENV];
      const credentials: Record<string, string | undefined> = Object.fromEntries(Object.entries(names).map(([field, name]) => [field, env[name]]));
      if (baseUrlOverride) credentials.baseUrl = baseUrlOverride;
      const parsed = remoteCredentialsSchema.safeParse({ target, credentials });
      return parsed.success ? parsed.data : null;
    },
    async set() {
      throw new Error('Set credentials with environment variables in the CLI.');
    },
  };
}
