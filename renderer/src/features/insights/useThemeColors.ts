import { tokens } from '../../app/theme';
import { themeModeOf, useUi } from '../../state/ui';

/** The palette of the theme on screen, for what CSS cannot colour (charts). */
export function useThemeColors() {
  const settings = useUi((s) => s.settings);
  const systemDark = useUi((s) => s.systemDark);
  return tokens.colors[themeModeOf(settings, systemDark)];
}
