/** A list of objects as a table: one row per item, one labelled control per property, rows in the order given. */
import { Fragment, useEffect, useRef } from 'react';
import type { FieldSpec } from './describeSchema';
import { FieldInput } from './FieldInput';
import { helpFor } from './fieldHelp';
import { newListRow } from './starters';

type ListSpec = Extract<FieldSpec, { type: 'list' }>;

interface Props {
  spec: ListSpec;
  /** Id prefix of the controls; the list's label, as buttons and cells name it. */
  id: string;
  label: string;
  value: unknown;
  /** The object holding the list: a first row may start from its settings. */
  parent: unknown;
  /** Messages by dotted path (`traffic.steps.1.atSeconds`); each row shows its own. */
  errors: Record<string, string>;
  onChange(next: unknown[]): void;
}

function columnLabel(listPath: string, column: FieldSpec): string {
  const help = helpFor(`${listPath}.${column.path}`);
  return help.unit ? `${help.label} (${help.unit})` : help.label;
}

/** Messages for row `index`, each named by its column. */
function rowMessages(spec: ListSpec, errors: Record<string, string>, index: number): string[] {
  const prefix = `${spec.path}.${index}`;
  return Object.entries(errors)
    .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
    .map(([path, message]) => {
      const column = spec.itemFields.find((f) => path === `${prefix}.${f.path}` || path.startsWith(`${prefix}.${f.path}.`));
      return column ? `${columnLabel(spec.path, column)}: ${message}` : message;
    });
}

export function ListInput({ spec, id, label, value, parent, errors, onChange }: Props) {
  const rows = Array.isArray(value) ? value : [];
  // After "Add row" the new row's first control takes the focus, so the keyboard carries on there.
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`${id}-${focusRow.current}-0`)?.focus();
    focusRow.current = null;
  });

  const cellId = (row: number, column: number) => `${id}-${row}-${column}`;
  return (
    <div className="lp-list" role="group" aria-label={label}>
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              {spec.itemFields.map((column) => (
                <th key={column.path} scope="col">
                  {columnLabel(spec.path, column)}
                </th>
              ))}
              <th scope="col">
                <span className="lp-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const messages = rowMessages(spec, errors, index);
              const item = row && typeof row === 'object' ? (row as Record<string, unknown>) : {};
              return (
                <Fragment key={index}>
                  <tr className={messages.length ? 'lp-row-invalid' : undefined}>
                    <th scope="row">{index + 1}</th>
                    {spec.itemFields.map((column, c) => (
                      <td key={column.path}>
                        <FieldInput
                          spec={column}
                          id={cellId(index, c)}
                          label={columnLabel(spec.path, column)}
                          ariaLabel={`${columnLabel(spec.path, column)} in row ${index + 1} of ${label}`}
                          invalid={Object.keys(errors).some((p) => p === `${spec.path}.${index}.${column.path}`)}
                          value={item[column.path]}
                          defaults={spec.itemDefaults[column.path]}
                          onChange={(next) => {
                            const updated = { ...item };
                            if (next === undefined) delete updated[column.path];
                            else updated[column.path] = next;
                            onChange(rows.map((r, i) => (i === index ? updated : r)));
                          }}
                        />
                      </td>
                    ))}
                    <td>
                      <button type="button" className="lp-list-remove" aria-label={`Remove row ${index + 1} of ${label}`} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                        Remove
                      </button>
                    </td>
                  </tr>
                  {messages.length > 0 && (
                    <tr className="lp-row-error">
                      <td colSpan={spec.itemFields.length + 2}>
                        <div className="lp-field-error" role="alert">
                          Row {index + 1}: {messages.join('; ')}
                        </div>
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="lp-field-help">No rows.</p>
      )}
      <button
        type="button"
        className="lp-list-add"
        aria-label={`Add row to ${label}`}
        onClick={() => {
          onChange([...rows, newListRow(spec.path, spec.itemFields, spec.itemDefaults, rows, parent)]);
          focusRow.current = rows.length;
        }}
      >
        Add row
      </button>
    </div>
  );
}
