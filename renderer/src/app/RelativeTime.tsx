import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../lib/format';

/** "3 hours ago", with the exact date and time on hover and for screen readers. */
export function RelativeTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const exact = formatDateTime(iso, i18n.language);
  return (
    <Tooltip title={exact}>
      <time dateTime={iso} title={exact} className="g-time">
        {formatRelative(iso, i18n.language)}
      </time>
    </Tooltip>
  );
}
