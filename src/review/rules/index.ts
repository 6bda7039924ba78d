import type { Rule } from '../types';
import { apiGatewayTimeout } from './apiGatewayTimeout';
import { asyncNoFailureTarget } from './asyncNoFailureTarget';
import { batchingWindowSyncCaller } from './batchingWindowSyncCaller';
import { clientReadTimeout } from './clientReadTimeout';
import { fanoutSmallReserved } from './fanoutSmallReserved';
import { fifoOneGroup } from './fifoOneGroup';
import { memoryAboveCpuNeed } from './memoryAboveCpuNeed';
import { provisionedAboveTraffic } from './provisionedAboveTraffic';
import { provisionedBelowTraffic } from './provisionedBelowTraffic';
import { recursiveLoop } from './recursiveLoop';
import { reservedStarvesAccount } from './reservedStarvesAccount';
import { reservedZero } from './reservedZero';
import { sqsLowMaxReceive } from './sqsLowMaxReceive';
import { sqsNoRedrive } from './sqsNoRedrive';
import { sqsPartialBatch } from './sqsPartialBatch';
import { sqsReservedWithoutMaxConcurrency } from './sqsReservedWithoutMaxConcurrency';
import { sqsVisibilityTimeout } from './sqsVisibilityTimeout';
import { streamNoBisect } from './streamNoBisect';
import { streamParallelization } from './streamParallelization';
import { streamRetryForever } from './streamRetryForever';
import { idleProvisionedCost } from './idleProvisionedCost';
import { timeoutAboveDuration } from './timeoutAboveDuration';
import { timeoutAboveObservedP99 } from './timeoutAboveObservedP99';

export const RULES: readonly Rule[] = [
  sqsVisibilityTimeout,
  sqsNoRedrive,
  sqsLowMaxReceive,
  sqsReservedWithoutMaxConcurrency,
  sqsPartialBatch,
  fifoOneGroup,
  asyncNoFailureTarget,
  fanoutSmallReserved,
  apiGatewayTimeout,
  clientReadTimeout,
  streamNoBisect,
  streamRetryForever,
  streamParallelization,
  batchingWindowSyncCaller,
  recursiveLoop,
  reservedStarvesAccount,
  reservedZero,
  provisionedAboveTraffic,
  provisionedBelowTraffic,
  memoryAboveCpuNeed,
  timeoutAboveDuration,
  timeoutAboveObservedP99,
  idleProvisionedCost,
];
