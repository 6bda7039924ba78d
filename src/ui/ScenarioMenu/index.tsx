/** The scenario menu of the toolbar: new, presets, open, save, share, rename, duplicate. */
import { ChevronDown, FileText, X } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { ScenarioIssue } from '../../model';
import { loadPreset, type PresetEntry } from '../../scenarios';
import { tooManyBytes } from '../../io/inputText';
import { startupNotice, useScenarioStore } from '../../store/useScenarioStore';
import {
  currentShareLink,
  duplicateInNewTab,
  exportSamTemplate,
  hasPreviousDiagram,
  newScenario,
  openFile,
  rename,
  replaceWorkingScenario,
  restorePreviousDiagram,
  saveAsFile,
} from './commands';
import { NotesDialog } from './NotesDialog';
import { PresetDialog } from './PresetDialog';
import { ProblemDialog } from './ProblemDialog';
import { RenameDialog } from './RenameDialog';
import { ShareDialog } from './ShareDialog';
import { useAutosave } from './useAutosave';
import { useHashLinks, type HashLinkHandlers } from './useHashLinks';
// Styles load with the component, as every component folder does; Vite bundles the file.
// oxlint-disable-next-line import/no-unassigned-import
import './scenarioMenu.css';

type Dialog =
  | { type: 'presets' }
  | { type: 'rename' }
  | { type: 'share'; url: string; note?: string }
  | { type: 'notes'; title: string; notes: readonly string[] }
  | { type: 'problem'; title: string; message: string; issues: readonly ScenarioIssue[]; keptDiagram: boolean };

type MenuItemId = 'new' | 'presets' | 'open' | 'save' | 'exportSam' | 'rename' | 'duplicate' | 'share' | 'restore';

const MENU_ITEMS: readonly { id: MenuItemId; label: string }[] = [
  { id: 'new', label: 'New scenario' },
  { id: 'presets', label: 'Open preset…' },
  { id: 'open', label: 'Open file…' },
  { id: 'save', label: 'Save as file' },
  { id: 'exportSam', label: 'Export SAM template' },
  { id: 'rename', label: 'Rename…' },
  { id: 'duplicate', label: 'Duplicate in a new tab' },
  { id: 'share', label: 'Copy share link' },
  { id: 'restore', label: 'Restore previous diagram' },
];

/** Shown once per page load, by whichever menu mounts first. */
let startupNoticeShown = false;

function startupDialog(): Dialog | null {
  if (startupNoticeShown || !startupNotice) return null;
  startupNoticeShown = true;
  return { type: 'problem', title: 'Some saved work could not be opened', message: startupNotice, issues: [], keptDiagram: false };
}

export function ScenarioMenu() {
  useAutosave();
  const name = useScenarioStore((s) => s.meta.name);
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<Dialog | null>(startupDialog);
  const [canRestore, setCanRestore] = useState(false);
  const [status, setStatus] = useState('');
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 6000);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !trigger.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const hashLinks = useMemo<HashLinkHandlers>(
    () => ({
      onScenario(scenario) {
        replaceWorkingScenario(scenario);
        setStatus(`Opened the shared scenario "${scenario.name}". The diagram you had is kept under "Restore previous diagram".`);
      },
      onProblem(message, issues) {
        setDialog({ type: 'problem', title: 'Could not open the share link', message, issues, keptDiagram: true });
      },
    }),
    [],
  );
  useHashLinks(hashLinks);

  const openPreset = (preset: PresetEntry) => {
    const result = loadPreset(preset);
    if (!result.ok) {
      setDialog({
        type: 'problem',
        title: 'This preset could not be opened',
        message: `The preset "${preset.title}" is invalid.`,
        issues: result.issues,
        keptDiagram: true,
      });
      return;
    }
    replaceWorkingScenario(result.scenario);
    setDialog(null);
    setStatus(`Opened preset "${preset.title}". The diagram you had is kept under "Restore previous diagram".`);
  };

  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // A file over the size limit is refused before it is even read (the same words as after reading).
    const large = tooManyBytes(file.size, file.name);
    if (large) {
      setDialog({ type: 'problem', title: 'Could not open the file', message: large, issues: [], keptDiagram: true });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setDialog({ type: 'problem', title: 'Could not open the file', message: `${file.name} could not be read.`, issues: [], keptDiagram: true });
      return;
    }
    const result = await openFile(text, file.name);
    if (result.ok && result.notes?.length) setDialog({ type: 'notes', title: `Imported ${file.name}`, notes: result.notes });
    if (result.ok) setStatus(`Opened ${file.name}. The diagram you had is kept under "Restore previous diagram".`);
    else setDialog({ type: 'problem', title: 'Could not open the file', message: result.message, issues: result.issues, keptDiagram: true });
  };

  const run = (id: MenuItemId) => {
    switch (id) {
      case 'new':
        newScenario();
        setStatus('New empty scenario. The diagram you had is kept under "Restore previous diagram".');
        return;
      case 'presets':
        setDialog({ type: 'presets' });
        return;
      case 'open':
        fileInput.current?.click();
        return;
      case 'save':
        setStatus(`Saved ${saveAsFile()} to your downloads.`);
        return;
      case 'exportSam':
        void exportSamTemplate().then(({ fileName, notes, writtenBack }) => {
          const what = writtenBack ? `Exported ${fileName}: the template this diagram came from, with its changes written back.` : `Exported ${fileName}, a minimal SAM template of this diagram.`;
          if (notes.length > 0) setDialog({ type: 'notes', title: `Exported ${fileName}`, notes });
          setStatus(`${what} It is in your downloads.`);
        });
        return;
      case 'rename':
        setDialog({ type: 'rename' });
        return;
      case 'duplicate':
        duplicateInNewTab();
        setStatus('Opened a copy in a new tab.');
        return;
      case 'share':
        setDialog({ type: 'share', ...currentShareLink() });
        return;
      case 'restore': {
        const result = restorePreviousDiagram();
        if (result.ok) setStatus(`Restored "${result.name}". The diagram you had is now the previous one.`);
        else setDialog({ type: 'problem', title: 'Nothing to restore', message: result.message, issues: [], keptDiagram: true });
      }
    }
  };

  const choose = (id: MenuItemId) => {
    setOpen(false);
    trigger.current?.focus();
    run(id);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(buttons.length - 1);
    else if (event.key === 'Escape') {
      setOpen(false);
      trigger.current?.focus();
    } else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="lp-scenario-menu">
      <button
        ref={trigger}
        type="button"
        className="lp-sm-trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'lp-scenario-menu-list' : undefined}
        aria-label={`Scenario menu: ${name}`}
        title={`${name}: new, presets, open, save, share`}
        onClick={() => {
          setCanRestore(hasPreviousDiagram());
          setOpen(!open);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            setCanRestore(hasPreviousDiagram());
            setOpen(true);
            e.preventDefault();
          }
        }}
      >
        <FileText size={16} aria-hidden="true" />
        <span className="lp-sm-name">{name}</span>
        <ChevronDown size={14} aria-hidden="true" />
      </button>
      {open && (
        <ul ref={menu} id="lp-scenario-menu-list" role="menu" aria-label="Scenario" className="lp-sm-menu" onKeyDown={onMenuKeyDown}>
          {MENU_ITEMS.filter((item) => item.id !== 'restore' || canRestore).map((item) => (
            <li key={item.id} role="none">
              <button type="button" role="menuitem" tabIndex={-1} className="lp-sm-item" onClick={() => choose(item.id)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={fileInput}
        type="file"
        accept=".json,.yaml,.yml,.template,.html,.htm,application/json,text/html"
        className="lp-visually-hidden"
        aria-label="Scenario file to open"
        tabIndex={-1}
        onChange={onFileChosen}
      />
      {/* A toast at the bottom centre of the window, over the charts (empty when a scenario has just opened), never over the palette or the diagram. */}
      <div role="status" className="lp-sm-status" data-testid="scenario-notice">
        {status && (
          <>
            <span>{status}</span>
            <button type="button" className="lp-sm-status-close" aria-label="Dismiss notice" onClick={() => setStatus('')}>
              <X size={14} aria-hidden="true" />
            </button>
          </>
        )}
      </div>
      {dialog?.type === 'presets' && <PresetDialog onOpen={openPreset} onClose={() => setDialog(null)} />}
      {dialog?.type === 'rename' && (
        <RenameDialog
          name={name}
          onRename={(next) => {
            rename(next);
            setDialog(null);
            setStatus(`Renamed to "${next}".`);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.type === 'notes' && <NotesDialog title={dialog.title} notes={dialog.notes} onClose={() => setDialog(null)} />}
      {dialog?.type === 'share' && <ShareDialog url={dialog.url} note={dialog.note} onClose={() => setDialog(null)} />}
      {dialog?.type === 'problem' && (
        <ProblemDialog
          title={dialog.title}
          message={dialog.message}
          issues={dialog.issues}
          keptDiagram={dialog.keptDiagram}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
