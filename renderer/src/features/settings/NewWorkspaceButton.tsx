import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';

/** Creates a workspace in a folder the user names (or picks) and opens it. */
export function NewWorkspaceButton() {
  const { t } = useTranslation(['settings', 'common']);
  const notifyError = useNotifyError();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ dir: string; name?: string }>();

  const submit = async () => {
    const values = await form.validateFields();
    try {
      await call('workspace:create', {
        dir: values.dir,
        ...(values.name ? { name: values.name } : {}),
      });
      setOpen(false);
      form.resetFields();
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('newWorkspace')}
      </Button>
      <Modal
        open={open}
        title={t('newWorkspaceTitle')}
        okText={t('common:create')}
        cancelText={t('common:cancel')}
        onOk={submit}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="dir" label={t('folder')} rules={[{ required: true }]}>
            <Input
              addonAfter={
                <a
                  onClick={async () => {
                    const dir = await call('workspace:pickFolder', {}).catch(() => null);
                    if (dir) form.setFieldValue('dir', dir);
                  }}
                >
                  …
                </a>
              }
            />
          </Form.Item>
          <Form.Item name="name" label={t('name')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
