import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateUrl } from '../../../../shared/lexical/url';

/** Asks for a link target and applies it to the selection; only http, https and mailto pass. */
export function LinkDialog({ open, initialUrl, onClose }: { open: boolean; initialUrl: string; onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation('editor');
  const [value, setValue] = useState(initialUrl);
  const [invalid, setInvalid] = useState(false);
  const apply = () => {
    if (value.trim() === '') {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
      onClose();
      return;
    }
    const url = validateUrl(value);
    if (!url) {
      setInvalid(true);
      return;
    }
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    onClose();
    editor.focus();
  };
  return (
    <Modal open={open} title={t('link')} onOk={apply} onCancel={onClose} okText={t('insert')} destroyOnHidden afterOpenChange={(visible) => visible && setValue(initialUrl)}>
      <Input
        autoFocus
        aria-label={t('linkPrompt')}
        placeholder={t('linkPrompt')}
        value={value}
        status={invalid ? 'error' : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setInvalid(false);
        }}
        onPressEnter={apply}
      />
      {invalid && <Typography.Text type="danger">{t('linkInvalid')}</Typography.Text>}
    </Modal>
  );
}
