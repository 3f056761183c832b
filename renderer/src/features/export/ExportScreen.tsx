import { CloudUploadOutlined } from '@ant-design/icons';
import { PlaceholderScreen } from '../../app/PlaceholderScreen';

export default function ExportScreen() {
  return <PlaceholderScreen id="export" icon={<CloudUploadOutlined />} actionTarget="review" />;
}
