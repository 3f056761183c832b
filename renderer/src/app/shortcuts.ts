import { useEffect } from 'react';
import { useUi } from '../state/ui';
import { ROUTES } from './routes';

export const modifierLabel = (): string => (navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl+');

/** Ctrl/Cmd+K opens the command palette; Ctrl/Cmd+<digit> opens the screen with that shortcut. */
export function useGlobalShortcuts(): void {
  const navigate = useUi((s) => s.navigate);
  const setPaletteOpen = useUi((s) => s.setPaletteOpen);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'k') {
        event.preventDefault();
        setPaletteOpen(true);
        return;
      }
      const route = ROUTES.find((r) => r.shortcut === key);
      if (route) {
        event.preventDefault();
        setPaletteOpen(false);
        navigate(route.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, setPaletteOpen]);
}
