import { BarChartOutlined } from '@ant-design/icons';
import { PlaceholderScreen } from '../../app/PlaceholderScreen';

export default function InsightsScreen() {
  return <PlaceholderScreen id="insights" icon={<BarChartOutlined />} actionTarget="transcripts" />;
}
