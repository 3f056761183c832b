import { CheckOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/domain/lifecycle';
import { mayCreateWithRole } from '../../../../shared/domain/permissions';
import { useNotifyError } from '../../app/errors';
import { ManageProfilesModal } from './ManageProfiles';
import { NotificationsBell } from './Notifications';
import { usePeople, usePeopleLoader } from './people';

function NewProfileModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('review');
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const create = usePeople((s) => s.create);
  const actorRole = usePeople((s) => s.current?.role ?? 'author');
  const [form] = Form.useForm<{ name: string; role: Role }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    try {
      const person = await create(values.name, values.role);
      message.success(t('profile.switched', { name: person.name }));
      form.resetFields();
      onClose();
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('profile.createTitle')} okText={t('profile.ok')} onOk={() => void submit()} onCancel={onClose} confirmLoading={busy} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ role: 'author' }} onFinish={() => void submit()}>
        <Form.Item name="name" label={t('profile.name')} rules={[{ required: true, whitespace: true, max: 80 }]}>
          <Input autoFocus maxLength={80} />
        </Form.Item>
        <Form.Item name="role" label={t('profile.role')} extra={actorRole === 'admin' ? undefined : t('profile.adminOnlyRole')}>
          <Select options={ROLES.map((role) => ({ value: role, label: t(`profile.roles.${role}`), disabled: !mayCreateWithRole(actorRole, role) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The acting profile in the top bar: switch to another, or create one; beside it, the review notifications. */
export function ProfileSwitcher() {
  const { t } = useTranslation('review');
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  usePeopleLoader();
  const current = usePeople((s) => s.current);
  const people = usePeople((s) => s.people);
  const switchTo = usePeople((s) => s.switchTo);
  const [creating, setCreating] = useState(false);
  const [managing, setManaging] = useState(false);
  if (!current) return null;
  const role = t(`profile.roles.${current.role}`);
  const items = [
    ...people.map((p) => ({
      key: p.id,
      icon: p.id === current.id ? <CheckOutlined /> : <span className="review-menu-spacer" />,
      label: `${p.name} · ${t(`profile.roles.${p.role}`)}`,
    })),
    { type: 'divider' as const },
    { key: '__new', icon: <UserAddOutlined />, label: t('profile.create') },
    { key: '__manage', icon: <TeamOutlined />, label: t('profile.manage') },
  ];
  const onClick = ({ key }: { key: string }) => {
    if (key === '__new') return setCreating(true);
    if (key === '__manage') return setManaging(true);
    if (key === current.id) return;
    switchTo(key).then((p) => message.success(t('profile.switched', { name: p.name })), notifyError);
  };
  return (
    <>
      <NotificationsBell />
      <Dropdown menu={{ items, onClick, selectable: false }} trigger={['click']} placement="bottomRight">
        <Button type="text" className="review-profile" data-testid="profile-switcher" aria-label={t('profile.label', { name: current.name, role })}>
          <Avatar size={22} className="review-avatar">
            {current.name.slice(0, 1).toUpperCase()}
          </Avatar>
          <span className="review-profile-name">{current.name}</span>
          <span className="review-profile-role">{role}</span>
        </Button>
      </Dropdown>
      <NewProfileModal open={creating} onClose={() => setCreating(false)} />
      <ManageProfilesModal open={managing} onClose={() => setManaging(false)} />
    </>
  );
}
