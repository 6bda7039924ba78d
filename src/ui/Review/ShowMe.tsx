/** "Show me": runs the scenario as it is and with the fix (five simulated minutes at most), figures side by side. */
import { useState } from 'react';
import type { Scenario } from '../../model';
import type { Finding } from '../../review';
import type { ComparedFigure } from '../../review/compareFix';

export function ShowMe({ scenario, finding }: { scenario: Scenario; finding: Finding }) {
  const [rows, setRows] = useState<ComparedFigure[] | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const { compareFix } = await import('../../review/compareFix');
          setRows(compareFix(scenario, finding));
          setBusy(false);
        }}
      >
        {busy ? 'Running…' : 'Show me'}
      </button>
      {rows && (
        <table className="lp-review-compare" aria-label={`Show me: ${finding.id}`}>
          <thead>
            <tr>
              <th />
              <th>As it is</th>
              <th>With the fix</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.label.startsWith('Cost') ? r.before.toFixed(4) : r.before}</td>
                <td>{r.label.startsWith('Cost') ? r.after.toFixed(4) : r.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
