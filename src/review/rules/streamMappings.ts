import type { Scenario, ScenarioEdge, ScenarioNode } from '../../model';
import { nodeById } from '../graph';

/** The trigger edges that read a Kinesis or DynamoDB stream, with the stream node. */
export function streamMappings(s: Scenario): { edge: ScenarioEdge; stream: ScenarioNode }[] {
  return s.edges.flatMap((edge) => {
    if (edge.kind !== 'trigger') return [];
    const stream = nodeById(s, edge.source);
    return stream && (stream.kind === 'kinesis' || stream.kind === 'dynamodbStream') ? [{ edge, stream }] : [];
  });
}
