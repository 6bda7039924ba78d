/** The scenario menu of the toolbar: new, presets, open, save, share, rename, duplicate. */
export function ScenarioMenu() {
  return null;
}
