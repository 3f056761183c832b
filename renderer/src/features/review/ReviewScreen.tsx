import { AuditOutlined } from '@ant-design/icons';
import { PlaceholderScreen } from '../../app/PlaceholderScreen';

export default function ReviewScreen() {
  return <PlaceholderScreen id="review" icon={<AuditOutlined />} actionTarget="drafts" />;
}
