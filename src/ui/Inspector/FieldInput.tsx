/** One control for one setting: number, enum, boolean, string, distribution, fixed value, or JSON as the last resort. */
import { useState } from 'react';
import type { FieldSpec } from './describeSchema';
import { DistributionInput } from './DistributionInput';

/** A value as the "AWS default" line shows it. */
export function show(value: unknown): string {
  if (value === null) return 'none';
  if (value === undefined) return '–';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : `${value.length} row${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') {
    const d = value as Record<string, unknown>;
    if (typeof d.distribution === 'string') {
      const { distribution, ...params } = d;
      return `${distribution} ${Object.entries(params).map(([k, v]) => `${k} ${v}`).join(', ')}`;
    }
    return JSON.stringify(value);
  }
  return typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
}

const fmt = (v: number) => v.toLocaleString('en-US');

export function rangeOf(spec: FieldSpec): string | null {
  if (spec.type === 'number') {
    if (spec.min !== null && spec.max !== null && !spec.minExclusive && !spec.maxExclusive) return `${fmt(spec.min)}–${fmt(spec.max)}`;
    const low = spec.min === null ? null : `${spec.minExclusive ? '>' : '≥'} ${fmt(spec.min)}`;
    const high = spec.max === null ? null : `${spec.maxExclusive ? '<' : '≤'} ${fmt(spec.max)}`;
    if (low || high) return [low, high].filter(Boolean).join(', ');
  }
  if (spec.type === 'enum') return spec.options.join(', ');
  return null;
}

function JsonInput({ id, label, value, onChange }: { id: string; label: string; value: unknown; onChange(next: unknown): void }) {
  const [text, setText] = useState(() => JSON.stringify(value ?? null));
  const [bad, setBad] = useState<string | null>(null);
  return (
    <>
      <textarea
        id={id}
        className="lp-json-input"
        aria-label={label}
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          try {
            onChange(JSON.parse(text));
            setBad(null);
          } catch {
            setBad('not valid JSON');
          }
        }}
      />
      {bad && <div className="lp-field-error">{bad}</div>}
    </>
  );
}

/** Characters a line of the inspector's width holds at 13 px. */
const CHARS_PER_LINE = 34;

/**
 * A one-line value (a name, a prefix, a schedule) that wraps instead of scrolling out of
 * sight: it takes as many lines as its text needs, and Enter adds no line break.
 */
export function TextInput({
  id,
  a11y,
  value,
  placeholder,
  maxLength,
  onChange,
}: {
  id: string;
  a11y?: Record<string, unknown>;
  value: string;
  placeholder?: string;
  maxLength?: number;
  onChange(next: string): void;
}) {
  return (
    <textarea
      id={id}
      {...a11y}
      className="lp-text-input"
      rows={Math.min(4, Math.max(1, Math.ceil(value.length / CHARS_PER_LINE)))}
      spellCheck={false}
      placeholder={placeholder}
      maxLength={maxLength}
      value={value}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
      onChange={(e) => onChange(e.target.value.replace(/[\r\n]+/g, ' '))}
    />
  );
}

/** A plain number is also a fixed distribution: shown as one, stored as the number again. */
function NumberOrDistributionInput({ id, label, value, onChange }: { id: string; label: string; value: unknown; onChange(next: unknown): void }) {
  const shown = typeof value === 'number' ? { distribution: 'fixed', value } : value;
  return (
    <DistributionInput
      id={id}
      label={label}
      value={shown}
      nullable={false}
      nullLabel=""
      onChange={(next) => {
        const d = next as { distribution?: unknown; value?: unknown } | null;
        onChange(d?.distribution === 'fixed' && typeof d.value === 'number' ? d.value : next);
      }}
    />
  );
}

interface Props {
  spec: FieldSpec;
  id: string;
  label: string;
  value: unknown;
  defaults: unknown;
  /** Names the control itself, for cells of a table that have no label element of their own. */
  ariaLabel?: string;
  invalid?: boolean;
  onChange(next: unknown): void;
}

export function FieldInput({ spec, id, label, value, defaults, ariaLabel, invalid, onChange }: Props) {
  const a11y = { 'aria-label': ariaLabel, 'aria-invalid': invalid || undefined };
  switch (spec.type) {
    case 'number': {
      const placeholder = spec.nullable ? 'none' : spec.optional ? `default ${show(defaults)}` : undefined;
      return (
        <input
          id={id}
          {...a11y}
          type="number"
          inputMode="decimal"
          step={spec.int ? 1 : 'any'}
          min={spec.min ?? undefined}
          max={spec.max ?? undefined}
          placeholder={placeholder}
          value={value === null || value === undefined ? '' : String(value)}
          onChange={(e) => {
            const text = e.target.value;
            if (text === '') onChange(spec.nullable ? null : spec.optional ? undefined : '');
            else onChange(Number.isNaN(Number(text)) ? text : Number(text));
          }}
        />
      );
    }
    case 'enum':
      return (
        <select id={id} {...a11y} value={value === undefined ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
          {spec.optional && <option value="">default ({show(defaults)})</option>}
          {spec.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
    case 'boolean':
      return <input id={id} {...a11y} type="checkbox" checked={Boolean(value ?? defaults)} onChange={(e) => onChange(e.target.checked)} />;
    case 'string':
      return <TextInput id={id} a11y={a11y} value={typeof value === 'string' ? value : ''} onChange={onChange} />;
    case 'distribution':
      return <DistributionInput id={id} label={label} value={value} nullable={spec.nullable} nullLabel="runtime default" onChange={onChange} />;
    case 'numberOrDistribution':
      return <NumberOrDistributionInput id={id} label={label} value={value} onChange={onChange} />;
    case 'literal':
      return spec.values.length === 1 ? (
        <output id={id} className="lp-fixed-value">
          {show(spec.values[0])} (fixed)
        </output>
      ) : (
        <select id={id} {...a11y} value={String(value ?? spec.values[0])} onChange={(e) => onChange(spec.values.find((v) => String(v) === e.target.value))}>
          {spec.values.map((v) => (
            <option key={String(v)} value={String(v)}>
              {String(v)}
            </option>
          ))}
        </select>
      );
    case 'json':
      return <JsonInput id={id} label={label} value={value} onChange={onChange} />;
    case 'list':
    case 'optionalObject':
    case 'group':
      return null;
  }
}
