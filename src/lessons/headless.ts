/**
 * Runs a lesson's scenario without a browser: the same engine the worker drives,
 * with the ticks kept in the same SeriesTable the dashboard uses, so the figure
 * and the moment a test reads are the ones the panel shows.
 */
import { createSimulation, type SimulationSummary } from '../engine';
import type { Scenario } from '../model';
import { SERIES_CAPACITY } from '../store/runStore';
import { SeriesTable } from '../store/seriesTable';

export interface RunResult {
  summary: SimulationSummary;
  table: SeriesTable;
}

export function runHeadless(scenario: Scenario): RunResult {
  const sim = createSimulation(scenario);
  const table = new SeriesTable(SERIES_CAPACITY);
  while (!sim.done) {
    sim.advanceTo(sim.endMs, 200_000);
    const ticks = sim.takeTicks();
    if (ticks) table.append(ticks);
    sim.takeLog();
  }
  const last = sim.takeTicks();
  if (last) table.append(last);
  return { summary: sim.summary(), table };
}
