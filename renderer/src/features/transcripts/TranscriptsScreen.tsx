import { MessageOutlined } from '@ant-design/icons';
import { PlaceholderScreen } from '../../app/PlaceholderScreen';
import { useCall } from '../../lib/use-call';

const shellQuote = (text: string): string =>
  /^[\w./:@-]+$/.test(text) ? text : `"${text.replace(/(["\\$`])/g, '\\$1')}"`;

export default function TranscriptsScreen() {
  const info = useCall('workspace:info', {});
  const workspace = info.data ? ` --workspace ${shellQuote(info.data.dir)}` : '';
  return (
    <PlaceholderScreen
      id="transcripts"
      icon={<MessageOutlined />}
      command={`gleaner ingest conversations.jsonl${workspace}`}
    />
  );
}
