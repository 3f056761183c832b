import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ERROR_CODES, type ErrorCode } from '../../../shared/errors';
import { IpcError } from '../lib/ipc';

const isErrorCode = (code: string): code is ErrorCode =>
  (ERROR_CODES as readonly string[]).includes(code);

/** A translated sentence for any error, with the backend's message as the detail. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation('errors');
  return useCallback(
    (error: unknown) => {
      if (error instanceof IpcError && isErrorCode(error.code))
        return t(error.code, { message: error.message });
      return t('E_INTERNAL', { message: error instanceof Error ? error.message : String(error) });
    },
    [t],
  );
}

/** Shows an error as a toast, in the UI's language. */
export function useNotifyError(): (error: unknown) => void {
  const { message } = App.useApp();
  const text = useErrorText();
  return useCallback(
    (error: unknown) => {
      const code = error instanceof IpcError ? error.code : 'E_INTERNAL';
      void message.error({
        content: text(error),
        duration: 6,
        key: `${code}:${text(error)}`,
        className: 'g-toast-error',
      });
    },
    [message, text],
  );
}
