/**
 * What each item of the scenario menu does, without React. Every command that
 * replaces the diagram first keeps the current one as the "previous diagram",
 * so no open, new or restore can lose work.
 */
import type { Scenario } from '../../model';
import { AUTOSAVE_BACKUP_KEY, backupAutosave, readBackup, writeAutosave, type KeyValueStorage } from '../../io/autosave';
import { openFileText } from '../../io/openFile';
import { fileNameFor, scenarioToFileText, type OpenResult } from '../../io/scenarioFile';
import { shareLinkFor } from '../../io/shareLink';
import { autosaveKeys } from '../../io/startup';
import { emptyScenario } from '../../scenarios';
import { toScenario } from '../../store/scenarioStore';
import { useScenarioStore } from '../../store/useScenarioStore';
import { downloadText } from '../download';

export function currentScenario(): Scenario {
  return toScenario(useScenarioStore.getState());
}

export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Makes `scenario` the working diagram; the one it replaces stays restorable. */
export function replaceWorkingScenario(scenario: Scenario): void {
  const storage = browserStorage();
  if (storage) {
    // Save what is on screen now (an edit may be inside the autosave delay), then set it aside.
    writeAutosave(storage, currentScenario(), new Date());
    backupAutosave(storage);
    for (const key of autosaveKeys()) writeAutosave(storage, scenario, new Date(), key);
  }
  useScenarioStore.getState().replaceScenario(scenario);
}

export function newScenario(): void {
  replaceWorkingScenario(emptyScenario());
}

/** Opens file text; on failure the diagram is untouched and the result says why. */
export async function openFile(text: string, fileName: string): Promise<OpenResult> {
  const result = await openFileText(text, fileName);
  if (result.ok) replaceWorkingScenario(result.scenario);
  return result;
}

export function saveAsFile(): string {
  const scenario = currentScenario();
  const fileName = fileNameFor(scenario);
  downloadText(fileName, scenarioToFileText(scenario), 'application/json');
  return fileName;
}

export function rename(name: string): void {
  useScenarioStore.getState().setMeta({ name });
}

/** The share link, and a note when the scenario's template did not fit in it. */
export function currentShareLink(): { url: string; note?: string } {
  return shareLinkFor(currentScenario(), window.location.href);
}

/** Downloads the SAM template: the scenario's own template with the changes written back, or a minimal one. Loaded on demand (it brings yaml). */
export async function exportSamTemplate(): Promise<{ fileName: string; notes: string[]; writtenBack: boolean }> {
  const { exportSamTemplate: exportSam } = await import('../../io/samWriteBack');
  const exported = exportSam(currentScenario());
  const fileName = exported.writtenBack ? exported.fileName : fileNameFor(currentScenario()).replace(/\.json$/, '.template.yaml');
  downloadText(fileName, exported.text, /\.json$/i.test(fileName) ? 'application/json' : 'application/yaml');
  return { fileName, notes: exported.notes, writtenBack: exported.writtenBack };
}

/** Opens a copy of the working diagram in a new tab, through a share link; this tab keeps its own. */
export function duplicateInNewTab(): void {
  const copy = { ...currentScenario() };
  copy.name = `${copy.name} (copy)`.slice(0, 120);
  window.open(shareLinkFor(copy, window.location.href).url, '_blank', 'noopener');
}

export function hasPreviousDiagram(): boolean {
  const storage = browserStorage();
  return storage !== null && readBackup(storage).kind === 'ok';
}

/** Swaps the working diagram with the previous one, so restoring can itself be undone the same way. */
export function restorePreviousDiagram(): { ok: true; name: string } | { ok: false; message: string } {
  const storage = browserStorage();
  if (!storage) return { ok: false, message: 'This browser does not let the playground keep a previous diagram.' };
  const previous = readBackup(storage);
  if (previous.kind !== 'ok')
    return { ok: false, message: previous.kind === 'error' ? previous.message : 'There is no previous diagram to restore.' };
  const working = currentScenario();
  useScenarioStore.getState().replaceScenario(previous.scenario);
  writeAutosave(storage, working, new Date(), AUTOSAVE_BACKUP_KEY);
  for (const key of autosaveKeys()) writeAutosave(storage, previous.scenario, new Date(), key);
  return { ok: true, name: previous.scenario.name };
}
