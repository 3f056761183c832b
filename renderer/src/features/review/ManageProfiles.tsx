import { App, Modal, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/domain/lifecycle';
import type { Person } from '../../../../shared/domain/people';
import { can } from '../../../../shared/domain/permissions';
import { useNotifyError } from '../../app/errors';
import { RelativeTime } from '../../app/RelativeTime';
import { usePeople } from './people';

/** The workspace's profiles: admins change roles, everyone renames their own. */
export function ManageProfilesModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('review');
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const current = usePeople((s) => s.current);
  const people = usePeople((s) => s.people);
  const setRole = usePeople((s) => s.setRole);
  const rename = usePeople((s) => s.rename);
  if (!current) return null;
  const admin = can(current.role, 'manageProfiles');
  const roleName = (role: Role) => t(`profile.roles.${role}`);
  const changeRole = (person: Person, role: Role) =>
    setRole(person.id, role).then((p) => message.success(t('profile.roleChanged', { name: p.name, role: roleName(p.role) })), notifyError);
  const changeName = (person: Person, name: string) => {
    if (!name.trim() || name.trim() === person.name) return;
    rename(person.id, name).then((p) => message.success(t('profile.renamed', { name: p.name })), notifyError);
  };
  return (
    <Modal open={open} title={t('profile.manageTitle')} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('profile.manageHint')}</Typography.Paragraph>
      <Table<Person>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={people}
        data-testid="profiles-table"
        columns={[
          {
            key: 'name',
            title: t('profile.name'),
            render: (_, p) => (
              <span>
                <Typography.Text editable={admin || p.id === current.id ? { onChange: (name) => changeName(p, name), maxLength: 80, triggerType: ['icon', 'text'] } : false}>{p.name}</Typography.Text>
                {p.id === current.id && <Tag bordered={false} className="review-you-tag">{t('profile.you')}</Tag>}
              </span>
            ),
          },
          {
            key: 'role',
            title: t('profile.role'),
            width: 160,
            render: (_, p) => (
              <Select<Role>
                size="small"
                aria-label={`${t('profile.role')}: ${p.name}`}
                value={p.role}
                disabled={!admin}
                onChange={(role) => void changeRole(p, role)}
                options={ROLES.map((role) => ({ value: role, label: roleName(role) }))}
                style={{ width: 140 }}
              />
            ),
          },
          { key: 'created', title: t('profile.created'), width: 140, render: (_, p) => <RelativeTime iso={p.createdAt} /> },
        ]}
      />
    </Modal>
  );
}
