/** What the screen shows: theme, panels, the function filter of the dashboard, transient messages. */
import { create } from 'zustand';

export type Theme = 'dark' | 'light';

export interface UiState {
  theme: Theme;
  helpOpen: boolean;
  dashboardOpen: boolean;
  /** Dashboard filter: one function id, or null for all functions. */
  functionFilter: string | null;
  /** A short message over the canvas, e.g. why a link was refused. */
  toast: { message: string; tone: 'info' | 'error' } | null;
  setTheme(theme: Theme): void;
  toggleHelp(open?: boolean): void;
  toggleDashboard(): void;
  setFunctionFilter(id: string | null): void;
  showToast(message: string, tone?: 'info' | 'error'): void;
  clearToast(): void;
}

function preferredTheme(): Theme {
  if (typeof window === 'undefined' || !window.matchMedia) return 'dark';
  return window.matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark';
}

export const useUiStore = create<UiState>()((set, get) => ({
  theme: preferredTheme(),
  helpOpen: false,
  dashboardOpen: true,
  functionFilter: null,
  toast: null,
  setTheme: (theme) => set({ theme }),
  toggleHelp: (open) => set({ helpOpen: open ?? !get().helpOpen }),
  toggleDashboard: () => set({ dashboardOpen: !get().dashboardOpen }),
  setFunctionFilter: (functionFilter) => set({ functionFilter }),
  showToast: (message, tone = 'info') => set({ toast: { message, tone } }),
  clearToast: () => set({ toast: null }),
}));
