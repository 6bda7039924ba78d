/** Keyboard shortcuts: one list feeds both the handler and the help panel. */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { runStore } from '../store/useRunStore';
import { scenarioStore } from '../store/useScenarioStore';
import { useUiStore } from './uiStore';

export interface Shortcut {
  keys: string;
  does: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'K or Space', does: 'Play or pause' },
  { keys: '.', does: 'Step one tick' },
  { keys: 'R', does: 'Reset the run' },
  { keys: 'N', does: 'Go to the palette (arrows move, Enter adds)' },
  { keys: 'Delete or Backspace', does: 'Delete the selection' },
  { keys: 'Ctrl+Z', does: 'Undo' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', does: 'Redo' },
  { keys: 'Ctrl+C, Ctrl+V', does: 'Copy and paste the selected nodes' },
  { keys: 'Ctrl+A', does: 'Select everything' },
  { keys: 'F', does: 'Fit the diagram in view' },
  { keys: 'T', does: 'Switch dark and light theme' },
  { keys: '?', does: 'Show or hide this list' },
  { keys: 'Escape', does: 'Close this list, clear the selection' },
  { keys: 'Shift+drag, Ctrl+click', does: 'Select several nodes' },
];

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.tagName === 'A' || target.getAttribute('role') === 'button');
}

export function useShortcuts(): void {
  const flow = useReactFlow();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A native modal dialog (the scenario menu's) owns the keyboard while it is open.
      if (document.querySelector('dialog[open]')) return;
      const ui = useUiStore.getState();
      if (event.key === 'Escape') {
        if (ui.helpOpen) ui.toggleHelp(false);
        else if (!isEditable(event.target)) scenarioStore.getState().select({});
        return;
      }
      if (isEditable(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const run = runStore.getState();
      const diagram = scenarioStore.getState();
      const history = scenarioStore.temporal.getState();
      const act = (action: () => void) => {
        event.preventDefault();
        action();
      };
      if (mod) {
        if (key === 'z' && !event.shiftKey) act(() => history.undo());
        else if ((key === 'z' && event.shiftKey) || key === 'y') act(() => history.redo());
        else if (key === 'c') diagram.copySelected();
        else if (key === 'v') act(() => diagram.paste());
        else if (key === 'a') act(() => diagram.select({ nodes: diagram.nodes.map((n) => n.id), edges: diagram.edges.map((e) => e.id) }));
        return;
      }
      if (event.altKey) return;
      if (key === ' ' && isControl(event.target)) return;
      if (key === 'k' || key === ' ') act(() => (run.status === 'running' ? run.pause() : run.play()));
      else if (key === '.') act(() => run.step());
      else if (key === 'r') act(() => run.reset());
      else if (key === 'n') act(() => document.querySelector<HTMLButtonElement>('.lp-palette-item')?.focus());
      else if (key === 'delete' || key === 'backspace') act(() => diagram.deleteSelected());
      else if (key === 'f') act(() => void flow.fitView({ padding: 0.2, maxZoom: 1.2 }));
      else if (key === 't') act(() => ui.setTheme(ui.theme === 'dark' ? 'light' : 'dark'));
      else if (event.key === '?') act(() => ui.toggleHelp());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flow]);
}
