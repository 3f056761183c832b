import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../../shared/domain/review';
import { RelativeTime } from '../../app/RelativeTime';
import { call } from '../../lib/ipc';
import { openReview } from '../../lib/links';
import { usePeople } from './people';
import { useReviewCall } from './useReviewCall';

const POLL_MS = 30_000;

/** The unread count and the list; polls because another person on a shared drive may act. */
export function useNotifications() {
  const state = useReviewCall('review:notifications', {});
  const { reload } = state;
  useEffect(() => {
    const timer = window.setInterval(reload, POLL_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  return state;
}

function NotificationList({ items, onOpen }: { items: Notification[]; onOpen: (n: Notification) => void }) {
  const { t } = useTranslation('review');
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />;
  return (
    <List
      size="small"
      className="review-notifications"
      dataSource={items}
      renderItem={(n) => (
        <List.Item className={n.unread ? 'review-notification-unread' : undefined}>
          <button type="button" className="review-notification" onClick={() => onOpen(n)}>
            <span>{t(`notifications.${n.kind}`, { name: n.actorName, title: n.articleTitle })}</span>
            <Typography.Text type="secondary" className="review-notification-time">
              <RelativeTime iso={n.at} />
            </Typography.Text>
          </button>
        </List.Item>
      )}
    />
  );
}

/** A bell with the unread count; opening it marks everything read. */
export function NotificationsBell() {
  const { t } = useTranslation('review');
  const { data, reload } = useNotifications();
  const changed = usePeople((s) => s.changed);
  const [open, setOpen] = useState(false);
  const unread = data?.unread ?? 0;
  const newest = data?.items[0]?.seq;

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (next && unread > 0 && newest !== undefined) void call('review:markRead', { seq: newest }).then(reload, () => undefined);
  };
  const openOne = (n: Notification) => {
    setOpen(false);
    changed();
    openReview(n.articleId);
  };
  return (
    <Popover
      open={open}
      onOpenChange={onOpenChange}
      trigger="click"
      placement="bottomRight"
      title={t('notifications.title')}
      content={<div className="review-notifications-pop">{data && <NotificationList items={data.items} onOpen={openOne} />}</div>}
    >
      <Button type="text" data-testid="notifications" aria-label={unread > 0 ? t('notifications.buttonUnread', { count: unread }) : t('notifications.button')}>
        <Badge count={unread} size="small" offset={[4, -2]}>
          <BellOutlined />
        </Badge>
      </Button>
    </Popover>
  );
}
