/** One variant: its name, and the settings it changes on each node (the diagram's value until changed). */
import { useState, type KeyboardEvent } from 'react';
import type { Scenario, ScenarioNode, Variant } from '../../model';
import { fieldText, fieldsOf, parseFieldText, setVariantField, variantValue, type VariantField } from './variantEdits';

interface Props {
  scenario: Scenario;
  index: number;
  letter: string;
  /** Applies new variants; returns why not when the schema refuses them. */
  commit(variants: Variant[]): string | null;
}

export function VariantEditor({ scenario, index, letter, commit }: Props) {
  const variants = scenario.variants ?? [];
  const variant = variants[index];
  const [error, setError] = useState<string | null>(null);
  const apply = (next: Variant[]) => {
    const why = commit(next);
    setError(why);
    return why === null;
  };
  const nodes = scenario.nodes.filter((n) => fieldsOf(n).length > 0);
  const changed = variant.changes.length;
  return (
    <section className="lp-decide-variant" aria-label={`Variant ${letter}: ${variant.name}`}>
      <header className="lp-decide-variant-head">
        <strong className="lp-decide-letter">{letter}</strong>
        <NameInput
          name={variant.name}
          onCommit={(name) => apply(variants.map((v, i) => (i === index ? { ...v, name } : v)))}
          label={`Name of variant ${letter}`}
        />
        <span className="lp-decide-muted">{changed === 0 ? 'no changes yet: same as A' : `changes ${changed} node${changed === 1 ? '' : 's'}`}</span>
        <button type="button" onClick={() => apply(variants.filter((_, i) => i !== index))} aria-label={`Remove variant ${letter}`}>
          Remove
        </button>
      </header>
      {nodes.length === 0 ? (
        <p className="lp-decide-muted">The diagram has no function or traffic source to change.</p>
      ) : (
        <div className="lp-decide-nodes">
          {nodes.map((node) => (
            <div key={node.id} className="lp-decide-node" role="group" aria-label={`${letter}: ${node.label || node.id}`}>
              <span className="lp-decide-node-name" title={node.kind}>
                {node.label || node.id}
              </span>
              {fieldsOf(node).map((field) => (
                <FieldInput
                  key={field.key}
                  node={node}
                  variant={variant}
                  field={field}
                  letter={letter}
                  onCommit={(value) => apply(setVariantField(variants, index, node, field, value))}
                  onInvalid={setError}
                />
              ))}
            </div>
          ))}
        </div>
      )}
      {error && (
        <p className="lp-decide-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function NameInput({ name, onCommit, label }: { name: string; onCommit(name: string): boolean; label: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const done = () => {
    if (draft !== null && draft !== name && !onCommit(draft.trim())) return;
    setDraft(null);
  };
  return (
    <input
      className="lp-decide-name"
      aria-label={label}
      value={draft ?? name}
      maxLength={60}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={done}
      onKeyDown={(e) => {
        if (e.key === 'Enter') done();
        if (e.key === 'Escape' && draft !== null) {
          e.preventDefault();
          e.stopPropagation();
          setDraft(null);
        }
      }}
    />
  );
}

interface FieldProps {
  node: ScenarioNode;
  variant: Variant;
  field: VariantField;
  letter: string;
  onCommit(value: unknown): boolean;
  onInvalid(message: string): void;
}

function FieldInput({ node, variant, field, letter, onCommit, onInvalid }: FieldProps) {
  const { value, changed } = variantValue(node, variant, field);
  const base = field.read(node.config as Record<string, unknown>);
  const [draft, setDraft] = useState<string | null>(null);
  const label = `${letter} ${node.label || node.id} ${field.label}`;
  const title = `A (the diagram): ${fieldText(base) || 'none'}`;
  const className = `lp-decide-field${changed ? ' lp-decide-changed' : ''}${draft !== null ? ' lp-decide-editing' : ''}`;
  if (field.input.type === 'choice')
    return (
      <label className={className} title={title}>
        <span>{field.label}</span>
        <select aria-label={label} value={fieldText(value)} onChange={(e) => onCommit(e.target.value)}>
          {field.input.options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      </label>
    );
  const done = () => {
    if (draft === null) return;
    const parsed = parseFieldText(field, draft);
    if (!parsed.ok) return onInvalid(`${node.label || node.id}: ${parsed.message}`);
    if (onCommit(parsed.value)) setDraft(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') done();
    if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      e.stopPropagation();
      setDraft(null);
    }
  };
  return (
    <label className={className} title={title}>
      <span>{field.label}</span>
      <input
        aria-label={label}
        inputMode="numeric"
        value={draft ?? fieldText(value)}
        placeholder={field.input.type === 'int' && field.input.blankIs === null ? 'none' : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={done}
        onKeyDown={onKeyDown}
      />
    </label>
  );
}
