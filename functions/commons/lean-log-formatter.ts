import { LogFormatter, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';

/**
 * Powertools' JSON lines without the keys that are the same on every line of a log group: the
 * function's ARN, name and memory size (the log group and stream say which function wrote it) and
 * the sampling rate. CloudWatch Logs bills every byte ingested, and on an ingest line those keys
 * were about a third of it (docs/cost.md, A9). Kept: level, message, time, service, whether the
 * environment was cold, the request id and the X-Ray trace id, to find a line's invocation.
 */
export class LeanLogFormatter extends LogFormatter {
  override formatAttributes(attributes: UnformattedAttributes, additionalLogAttributes: LogAttributes): LogItem {
    const context = attributes.lambdaContext;
    return new LogItem({
      attributes: {
        level: attributes.logLevel,
        message: attributes.message,
        timestamp: this.formatTimestamp(attributes.timestamp),
        service: attributes.serviceName,
        cold_start: context?.coldStart,
        function_request_id: context?.awsRequestId,
        xray_trace_id: attributes.xRayTraceId,
      },
    }).addAttributes(additionalLogAttributes);
  }
}
