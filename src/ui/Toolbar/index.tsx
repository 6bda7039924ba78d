/** Across the top: scenario menu, run controls, undo and redo, theme and help. */
import { CircleQuestionMark, Moon, Redo2, Sun, Undo2 } from 'lucide-react';
import { useHistory } from '../../store/useScenarioStore';
import { ScenarioMenu } from '../ScenarioMenu';
import { useUiStore } from '../uiStore';
import { RunControls } from './RunControls';
// Styles load with the component; Vite bundles the file.
// oxlint-disable-next-line import/no-unassigned-import
import './toolbar.css';

export function Toolbar() {
  const { canUndo, canRedo, undo, redo } = useHistory();
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  const toggleHelp = useUiStore((s) => s.toggleHelp);
  return (
    <header className="lp-toolbar">
      <span className="lp-brand" aria-hidden="true">
        λ Playground
      </span>
      <ScenarioMenu />
      <RunControls />
      <div className="lp-toolbar-end" role="group" aria-label="Editing">
        <button type="button" onClick={undo} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
          <Undo2 size={16} aria-hidden="true" />
        </button>
        <button type="button" onClick={redo} disabled={!canRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)">
          <Redo2 size={16} aria-hidden="true" />
        </button>
        <button
          type="button"
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
          aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
          title="Theme"
        >
          {theme === 'dark' ? <Sun size={16} aria-hidden="true" /> : <Moon size={16} aria-hidden="true" />}
        </button>
        <button type="button" onClick={() => toggleHelp()} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
          <CircleQuestionMark size={16} aria-hidden="true" />
        </button>
      </div>
    </header>
  );
}
