/**
 * A form's working copy: every keystroke is validated; only a valid whole
 * reaches the store (and so the engine). Invalid values stay in the form with
 * their reasons.
 */
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { setAt } from './describeSchema';

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

export function zodErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(all)';
    out[path] = out[path] ? `${out[path]}; ${issue.message}` : issue.message;
  }
  return out;
}

export function useDraft<T>(committed: T, validate: (draft: unknown) => Validation<T>, commit: (value: T) => void) {
  const [draft, setDraft] = useState<unknown>(committed);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const lastCommitted = useRef(committed);

  // Undo, redo or another view changed the value: the form follows.
  useEffect(() => {
    if (committed !== lastCommitted.current) {
      lastCommitted.current = committed;
      setDraft(committed);
      setErrors({});
    }
  }, [committed]);

  const change = (path: string, next: unknown) => {
    const updated = setAt(draft, path, next);
    setDraft(updated);
    const result = validate(updated);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    lastCommitted.current = result.value;
    commit(result.value);
  };

  return { draft, errors, change };
}
