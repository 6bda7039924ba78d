/** A random quantity: fixed, exponential, uniform or lognormal, with its parameters. */
import type { Distribution } from '../../model';

type Kind = Distribution['distribution'];

const STARTERS: Readonly<Record<Kind, Distribution>> = {
  fixed: { distribution: 'fixed', value: 100 },
  exponential: { distribution: 'exponential', mean: 100 },
  uniform: { distribution: 'uniform', min: 50, max: 150 },
  lognormal: { distribution: 'lognormal', p50: 100, p99: 1000 },
};

const PARAMS: Readonly<Record<Kind, string[]>> = {
  fixed: ['value'],
  exponential: ['mean'],
  uniform: ['min', 'max'],
  lognormal: ['p50', 'p99'],
};

interface Props {
  id: string;
  label: string;
  value: unknown;
  nullable: boolean;
  nullLabel: string;
  onChange(next: unknown): void;
}

export function DistributionInput({ id, label, value, nullable, nullLabel, onChange }: Props) {
  const current = value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  const kind = (current?.distribution as Kind | undefined) ?? null;
  return (
    <div className="lp-dist">
      <select
        id={id}
        aria-label={`${label}: distribution`}
        value={kind ?? ''}
        onChange={(e) => onChange(e.target.value ? STARTERS[e.target.value as Kind] : null)}
      >
        {nullable && <option value="">{nullLabel}</option>}
        {Object.keys(STARTERS).map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
      {kind &&
        PARAMS[kind].map((param) => (
          <label key={param} className="lp-dist-param">
            <span>{param}</span>
            <input
              type="number"
              step="any"
              aria-label={`${label}: ${param}`}
              value={typeof current?.[param] === 'number' || typeof current?.[param] === 'string' ? String(current[param]) : ''}
              onChange={(e) => onChange({ ...current, [param]: e.target.value === '' ? '' : Number(e.target.value) })}
            />
          </label>
        ))}
    </div>
  );
}
