/** Form fields for a config object: each with its AWS default, allowed range, one line of help and a docs link. */
import { useState } from 'react';
import type { FieldSpec } from './describeSchema';
import { getAt } from './describeSchema';
import { DistributionInput } from './DistributionInput';
import { helpFor } from './fieldHelp';

interface Props {
  scope: string;
  fields: FieldSpec[];
  value: unknown;
  defaults: unknown;
  /** Messages by dotted path; a field shows every message at or under its path. */
  errors: Record<string, string>;
  onChange(path: string, next: unknown): void;
}

function show(value: unknown): string {
  if (value === null) return 'none';
  if (value === undefined) return '–';
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

function rangeOf(spec: FieldSpec): string | null {
  if (spec.type === 'number') {
    if (spec.min !== null && spec.max !== null) return `${spec.min.toLocaleString('en-US')}–${spec.max.toLocaleString('en-US')}`;
    if (spec.min !== null) return `≥ ${spec.min.toLocaleString('en-US')}`;
    if (spec.max !== null) return `≤ ${spec.max.toLocaleString('en-US')}`;
  }
  if (spec.type === 'enum') return spec.options.join(', ');
  return null;
}

function errorFor(errors: Record<string, string>, path: string): string | null {
  const found = Object.entries(errors).filter(([p]) => p === path || p.startsWith(`${path}.`));
  return found.length ? found.map(([, m]) => m).join('; ') : null;
}

function JsonInput({ id, label, value, onChange }: { id: string; label: string; value: unknown; onChange(next: unknown): void }) {
  const [text, setText] = useState(() => JSON.stringify(value ?? null));
  const [bad, setBad] = useState<string | null>(null);
  return (
    <>
      <textarea
        id={id}
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

function Input({ spec, id, label, value, defaults, onChange }: { spec: FieldSpec; id: string; label: string; value: unknown; defaults: unknown; onChange(next: unknown): void }) {
  switch (spec.type) {
    case 'number': {
      const placeholder = spec.nullable ? 'none' : spec.optional ? `default ${show(defaults)}` : undefined;
      return (
        <input
          id={id}
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
        <select id={id} value={value === undefined ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}>
          {spec.optional && <option value="">default ({show(defaults)})</option>}
          {spec.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      );
    case 'boolean':
      return <input id={id} type="checkbox" checked={Boolean(value ?? defaults)} onChange={(e) => onChange(e.target.checked)} />;
    case 'string':
      return <input id={id} type="text" value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />;
    case 'distribution':
      return (
        <DistributionInput id={id} label={label} value={value} nullable={spec.nullable} nullLabel="runtime default" onChange={onChange} />
      );
    case 'json':
      return <JsonInput id={id} label={label} value={value} onChange={onChange} />;
    case 'group':
      return null;
  }
}

export function ConfigForm({ scope, fields, value, defaults, errors, onChange }: Props) {
  return (
    <>
      {fields.map((spec) => {
        if (spec.type === 'group')
          return (
            <fieldset key={spec.path} className="lp-fieldset">
              <legend>{helpFor(spec.path).label}</legend>
              <ConfigForm scope={scope} fields={spec.fields} value={value} defaults={defaults} errors={errors} onChange={onChange} />
            </fieldset>
          );
        const help = helpFor(spec.path);
        const id = `f-${scope}-${spec.path}`.replace(/[^A-Za-z0-9_-]/g, '-');
        const error = errorFor(errors, spec.path);
        const range = rangeOf(spec);
        const fieldDefault = getAt(defaults, spec.path);
        return (
          <div key={spec.path} className={`lp-field${error ? ' lp-field-invalid' : ''}`} data-field={spec.path}>
            <div className="lp-field-row">
              <label htmlFor={id}>
                {help.label}
                {help.unit ? ` (${help.unit})` : ''}
              </label>
              <Input spec={spec} id={id} label={help.label} value={getAt(value, spec.path)} defaults={fieldDefault} onChange={(next) => onChange(spec.path, next)} />
            </div>
            <div className="lp-field-meta">
              <span>AWS default: {show(fieldDefault)}</span>
              {range && <span>range: {range}</span>}
              <a href={help.docs} target="_blank" rel="noreferrer noopener" aria-label={`AWS documentation: ${help.label}`}>
                docs
              </a>
            </div>
            {help.help && <div className="lp-field-help">{help.help}</div>}
            {error && (
              <div className="lp-field-error" role="alert">
                {error}
              </div>
            )}
          </div>
        );
      })}
    </>
  );
}
