import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_WORDS, emptyLogMessage } from './logWords';

describe('log categories in words', () => {
  it('writes the engine names as words', () => {
    expect(CATEGORY_WORDS.coldStart).toBe('cold start');
    expect(CATEGORY_WORDS.deadLetter).toBe('dead letter');
    // No camelCase name reaches the screen.
    for (const c of CATEGORIES) expect(CATEGORY_WORDS[c]).toMatch(/^[a-z ]+$/);
  });
});

describe('emptyLogMessage', () => {
  const none = { logged: 0, text: '', category: '' as const, functionName: null };

  it('asks for Play before a run', () => {
    expect(emptyLogMessage(none)).toBe('Nothing yet. Press Play.');
  });

  it('says the filter matches nothing once lines are logged', () => {
    expect(emptyLogMessage({ ...none, logged: 1234, category: 'report' })).toBe(
      'No event matches the filter (category report); 1,234 events are logged.',
    );
    expect(emptyLogMessage({ ...none, logged: 1, text: ' timeout ', functionName: 'orders-api' })).toBe(
      'No event matches the filter (“timeout”, function orders-api); 1 event is logged.',
    );
  });

  it('does not ask for Play when a filter is set and nothing is logged yet', () => {
    expect(emptyLogMessage({ ...none, text: 'x' })).toBe('Nothing logged yet.');
  });
});
