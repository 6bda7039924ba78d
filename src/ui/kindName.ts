/** The kind of a node as the screen names it: an SQS queue with fifo set is a FIFO queue, as the SQS console calls it. */
import { KIND_NAMES, type NodeKind } from '../model';

export function kindName(kind: NodeKind, config: unknown): string {
  if (kind === 'sqs' && (config as { fifo?: unknown } | null)?.fifo === true) return 'SQS FIFO queue';
  return KIND_NAMES[kind];
}
