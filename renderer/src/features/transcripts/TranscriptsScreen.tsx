import { MessageOutlined } from '@ant-design/icons';
import { PlaceholderScreen } from '../../app/PlaceholderScreen';

export default function TranscriptsScreen() {
  return <PlaceholderScreen id="transcripts" icon={<MessageOutlined />} actionTarget="transcripts" />;
}
