import { BookOutlined } from '@ant-design/icons';
import { PlaceholderScreen } from '../../app/PlaceholderScreen';

export default function ArticlesScreen() {
  return <PlaceholderScreen id="articles" icon={<BookOutlined />} actionTarget="drafts" />;
}
