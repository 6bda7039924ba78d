/** Form fields for a config object: each with its default (AWS's, or the simulator's for its own settings), allowed range, one line of help and a docs link. */
import { useRef, type ReactNode } from 'react';
import type { FieldSpec } from './describeSchema';
import { dottedPaths, getAt } from './describeSchema';
import { FieldInput, rangeOf, show } from './FieldInput';
import { helpFor } from './fieldHelp';
import { ListInput } from './ListInput';
import { optionalObjectStart } from './starters';
import { TrafficPreview } from './TrafficPreview';

interface Props {
  scope: string;
  fields: FieldSpec[];
  value: unknown;
  defaults: unknown;
  /** Messages by dotted path; a field shows every message at or under its path. */
  errors: Record<string, string>;
  onChange(path: string, next: unknown): void;
}

function errorFor(errors: Record<string, string>, path: string): string | null {
  const found = Object.entries(errors).filter(([p]) => p === path || p.startsWith(`${path}.`));
  return found.length ? found.map(([, m]) => m).join('; ') : null;
}

/** A list's own messages (e.g. too many rows); a row's messages show by its row. */
function listErrorFor(errors: Record<string, string>, path: string): string | null {
  const found = Object.entries(errors).filter(([p]) => p === path || (p.startsWith(`${path}.`) && !/^\d+(\.|$)/.test(p.slice(path.length + 1))));
  return found.length ? found.map(([, m]) => m).join('; ') : null;
}

function parentOf(value: unknown, path: string): unknown {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? value : getAt(value, path.slice(0, dot));
}

/** Label, control, default, range, docs link, help and inline error: the frame every setting shares. */
function Field({ spec, label, control, error, fieldDefault }: { spec: FieldSpec; label: ReactNode; control: ReactNode; error: string | null; fieldDefault: unknown }) {
  const help = helpFor(spec.path);
  const range = rangeOf(spec);
  // Lists and text take the whole width under their label: a name is too long for the space beside it.
  const wide = spec.type === 'list' || spec.type === 'string';
  return (
    <div className={`lp-field${error ? ' lp-field-invalid' : ''}`} data-field={spec.path}>
      <div className="lp-field-row">
        {label}
        {!wide && control}
      </div>
      {wide && control}
      <div className="lp-field-meta">
        {/* AWS has no default for the simulator's own settings (the run, the traffic, what the code does): say whose default it is. */}
        {help.owner === 'simulator' ? (
          <span className="lp-field-owner">Simulator setting · default: {show(fieldDefault)}</span>
        ) : (
          <span>AWS default: {show(fieldDefault)}</span>
        )}
        {range && <span>range: {range}</span>}
        <a
          href={help.docs}
          target="_blank"
          rel="noreferrer noopener"
          aria-label={help.owner === 'simulator' ? `Simulator documentation: ${help.label}` : `AWS documentation: ${help.label}`}
        >
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
}

export function ConfigForm({ scope, fields, value, defaults, errors: given, onChange }: Props) {
  const errors = dottedPaths(given);
  // What an optional object held when it was switched off: switching it on again brings those values back.
  const switchedOff = useRef(new Map<string, unknown>());
  return (
    <>
      {fields.map((spec) => {
        const help = helpFor(spec.path);
        const id = `f-${scope}-${spec.path}`.replace(/[^A-Za-z0-9_-]/g, '-');
        const fieldDefault = getAt(defaults, spec.path);
        const current = getAt(value, spec.path);
        switch (spec.type) {
          case 'group':
            return (
              <fieldset key={spec.path} className="lp-fieldset">
                <legend>{help.label}</legend>
                <ConfigForm scope={scope} fields={spec.fields} value={value} defaults={defaults} errors={errors} onChange={onChange} />
                {/* Traffic is read the same way at every source, so its preview goes wherever a traffic group is. */}
                {spec.path === 'traffic' && <TrafficPreview nodeId={scope} value={current} />}
              </fieldset>
            );
          case 'list':
            return (
              <Field
                key={spec.path}
                spec={spec}
                fieldDefault={fieldDefault}
                error={listErrorFor(errors, spec.path)}
                label={<span className="lp-field-label">{help.label}</span>}
                control={<ListInput spec={spec} id={id} label={help.label} value={current} parent={parentOf(value, spec.path)} errors={errors} onChange={(next) => onChange(spec.path, next)} />}
              />
            );
          case 'optionalObject': {
            const on = current !== null && current !== undefined;
            const off = spec.nullable ? null : undefined;
            return (
              <div key={spec.path} className="lp-optional">
                <Field
                  spec={spec}
                  fieldDefault={fieldDefault}
                  error={errors[spec.path] ?? null}
                  label={<label htmlFor={id}>Use {help.label.toLowerCase()}</label>}
                  control={
                    <input
                      id={id}
                      type="checkbox"
                      checked={on}
                      onChange={(e) => {
                        if (!e.target.checked) {
                          switchedOff.current.set(spec.path, current);
                          onChange(spec.path, off);
                          return;
                        }
                        const previous = switchedOff.current.get(spec.path);
                        onChange(spec.path, previous ?? optionalObjectStart(spec.fields, spec.fieldDefaults, parentOf(value, spec.path)));
                      }}
                    />
                  }
                />
                {on && (
                  <div className="lp-optional-fields" role="group" aria-label={help.label}>
                    <ConfigForm scope={scope} fields={spec.fields} value={value} defaults={defaults} errors={errors} onChange={onChange} />
                  </div>
                )}
              </div>
            );
          }
          default: {
            const error = errorFor(errors, spec.path);
            return (
              <Field
                key={spec.path}
                spec={spec}
                fieldDefault={fieldDefault}
                error={error}
                label={
                  <label htmlFor={id}>
                    {help.label}
                    {help.unit ? ` (${help.unit})` : ''}
                  </label>
                }
                control={<FieldInput spec={spec} id={id} label={help.label} value={current} defaults={fieldDefault} invalid={Boolean(error)} onChange={(next) => onChange(spec.path, next)} />}
              />
            );
          }
        }
      })}
    </>
  );
}
