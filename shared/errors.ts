import { z } from 'zod';

/** Stable error codes: the UI translates them (i18n `errors.<code>`), scripts match on them. */
export const ERROR_CODES = [
  'E_PARSE',
  'E_VALIDATION',
  'E_NOT_FOUND',
  'E_CONFLICT',
  'E_FORBIDDEN',
  'E_NO_WORKSPACE',
  'E_WORKSPACE_NEWER',
  'E_WORKSPACE_CORRUPT',
  'E_IO',
  'E_CANCELLED',
  'E_WORKER_CRASHED',
  'E_MODEL',
  'E_NETWORK',
  'E_UNKNOWN_CHANNEL',
  'E_INTERNAL',
] as const;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorInfoSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
});
export type ErrorInfo = z.infer<typeof errorInfoSchema>;

export class GleanerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'GleanerError';
  }

  toInfo(): ErrorInfo {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isGleanerError(value: unknown): value is GleanerError {
  return value instanceof GleanerError;
}

/** Any thrown value as an ErrorInfo; unknown errors become E_INTERNAL with their message. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (isGleanerError(error)) return error.toInfo();
  if (error instanceof Error) return { code: 'E_INTERNAL', message: error.message };
  return { code: 'E_INTERNAL', message: String(error) };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
