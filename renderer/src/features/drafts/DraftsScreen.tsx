import { BulbOutlined } from '@ant-design/icons';
import { PlaceholderScreen } from '../../app/PlaceholderScreen';

export default function DraftsScreen() {
  return <PlaceholderScreen id="drafts" icon={<BulbOutlined />} actionTarget="insights" />;
}
