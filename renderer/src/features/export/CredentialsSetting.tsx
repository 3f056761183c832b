import { CheckCircleFilled, LockOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { baseUrlProblem, type ExportTargetStatus, type RemoteCredentials } from '../../../../shared/domain/export';
import { useNotifyError } from '../../app/errors';
import { call } from '../../lib/ipc';
import { SECRET_FIELDS, type RemoteTarget } from './targets';

interface CredentialsSettingProps {
  target: RemoteTarget;
  status: ExportTargetStatus | undefined;
  targetName: string;
  onChanged: (status: ExportTargetStatus) => void;
}

/** A help center's URL and token: entered once, stored in the keychain, never shown back. */
export function CredentialsSetting({ target, status, targetName, onChanged }: CredentialsSettingProps) {
  const { t } = useTranslation('export');
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [replacing, setReplacing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<Record<string, string>>();
  const { i18n } = useTranslation();
  // Validation messages are kept as text: say them again in the new language.
  const showForm = !status?.configured || replacing;
  useEffect(() => {
    if (!showForm) return;
    const shown = form.getFieldsError().filter((field) => field.errors.length > 0).map((field) => field.name);
    if (shown.length > 0) void form.validateFields(shown).catch(() => undefined);
  }, [i18n.language, form, showForm]);

  if (!showForm) {
    return (
      <div className="export-setting export-stored" data-testid="export-credentials-stored">
        <Space align="start">
          <CheckCircleFilled className="export-stored-icon" aria-hidden />
          <div>
            <Typography.Text strong>{t('credentials.stored')}</Typography.Text>
            <br />
            <Typography.Text type="secondary">{t('credentials.storedAt', { url: status.destination ?? '' })}</Typography.Text>
          </div>
        </Space>
        <Space>
          <Button onClick={() => setReplacing(true)}>{t('credentials.replace')}</Button>
          <Popconfirm
            title={t('credentials.forgetConfirm', { target: targetName })}
            okButtonProps={{ danger: true }}
            okText={t('credentials.forget')}
            onConfirm={() =>
              call('export:forgetCredentials', { target }).then((next) => {
                onChanged(next);
                void message.success(t('credentials.forgotten'));
              }, notifyError)
            }
          >
            <Button danger>{t('credentials.forget')}</Button>
          </Popconfirm>
        </Space>
      </div>
    );
  }

  const save = async (values: Record<string, string>) => {
    setSaving(true);
    try {
      const credentials = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()]));
      const next = await call('export:setCredentials', { target, credentials } as RemoteCredentials);
      form.resetFields();
      setReplacing(false);
      onChanged(next);
      void message.success(t('credentials.saved'));
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  const urlRule = {
    validator: async (_rule: unknown, value: string | undefined) => {
      const problem = value?.trim() ? baseUrlProblem(value.trim()) : null;
      if (problem === 'invalid') throw new Error(t('credentials.invalidUrl'));
      if (problem === 'https') throw new Error(t('credentials.httpsOnly'));
    },
  };

  return (
    <Form
      form={form}
      layout="vertical"
      className="export-setting export-credentials"
      onFinish={(values) => void save(values)}
      requiredMark={false}
      initialValues={target === 'intercom' ? { baseUrl: 'https://api.intercom.io' } : {}}
      key={target}
    >
      <Form.Item
        name="baseUrl"
        label={t('credentials.baseUrl')}
        rules={[{ required: true, message: t('credentials.required') }, urlRule]}
        validateTrigger={['onBlur', 'onSubmit']}
      >
        <Input placeholder={t(`credentials.baseUrlPlaceholder.${target}`)} autoComplete="off" spellCheck={false} />
      </Form.Item>
      {SECRET_FIELDS[target].map((field) => (
        <Form.Item key={field.name} name={field.name} label={t(`credentials.${field.label}`)} rules={[{ required: true, message: t('credentials.required') }]}>
          {field.secret ? (
            <Input.Password placeholder={t('credentials.secretPlaceholder')} autoComplete="off" prefix={<LockOutlined aria-hidden />} visibilityToggle={false} />
          ) : (
            <Input autoComplete="off" spellCheck={false} />
          )}
        </Form.Item>
      ))}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('credentials.save')}
        </Button>
        {replacing && <Button onClick={() => setReplacing(false)}>{t('credentials.cancelReplace')}</Button>}
      </Space>
    </Form>
  );
}
