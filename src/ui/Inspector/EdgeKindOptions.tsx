import { EDGE_KINDS } from '../../model';
import { EDGE_KIND_LABELS } from '../Canvas/KindEdge';

/** The `<option>`s of every edge kind, for the selects that pick one. */
export function EdgeKindOptions() {
  return EDGE_KINDS.map((k) => (
    <option key={k} value={k}>
      {EDGE_KIND_LABELS[k]}
    </option>
  ));
}
