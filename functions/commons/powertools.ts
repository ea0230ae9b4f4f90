import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { LeanLogFormatter } from './lean-log-formatter.ts';

/**
 * One Logger, Metrics and Tracer per function process, shared by handler and domain wiring.
 * Service name and namespace come from POWERTOOLS_* environment variables set by CDK;
 * the defaults keep local runs and tests quiet and valid.
 */
const serviceName = process.env.POWERTOOLS_SERVICE_NAME ?? 'accord';

export const logger = new Logger({ serviceName, logFormatter: new LeanLogFormatter() });
export const metrics = new Metrics({ serviceName, namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Accord' });
export const tracer = new Tracer({ serviceName });
