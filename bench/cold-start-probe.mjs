// One cold start, as the Lambda runtime does it: a fresh Node process imports the bundle, then
// calls `handler` with one event. Times are from the process's own start (performance.timeOrigin),
// so "init" includes Node's bootstrap, as Lambda's Init Duration includes the runtime's.
// Usage: node cold-start-probe.mjs BUNDLE EVENT_FILE RESULT_FILE
// The probe takes Node's built-ins with process.getBuiltinModule, not ES imports: an ES import of
// a built-in builds its module facade, which reads every export and so loads what lazy getters hold
// back (node:fs's streams). That work would then be missing from the bundle's measured init.
const { readFileSync, writeFileSync } = process.getBuiltinModule('node:fs');
const { pathToFileURL } = process.getBuiltinModule('node:url');
const { performance } = process.getBuiltinModule('node:perf_hooks');
const [bundle, eventFile, resultFile] = process.argv.slice(2);
const module = await import(pathToFileURL(bundle).href);
const initMs = performance.now();
// CPU time too (user + system, all threads): what a machine busy with other work cannot inflate.
const initCpu = process.cpuUsage();
const context = {
  functionName: 'accord-coldstart',
  functionVersion: '$LATEST',
  memoryLimitInMB: '1024',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:accord-coldstart',
  awsRequestId: 'coldstart',
  logGroupName: 'coldstart',
  logStreamName: 'coldstart',
  getRemainingTimeInMillis: () => 60_000,
  callbackWaitsForEmptyEventLoop: false,
};
const event = JSON.parse(readFileSync(eventFile, 'utf8'));
const started = performance.now();
const result = await module.handler(event, context);
const firstEventMs = performance.now() - started;
const cpuMs = ({ user, system }) => (user + system) / 1000;
const initCpuMs = cpuMs(initCpu);
const firstEventCpuMs = cpuMs(process.cpuUsage(initCpu));
writeFileSync(resultFile, JSON.stringify({ node: process.versions.node, initMs, firstEventMs, initCpuMs, firstEventCpuMs, result }));
// Lambda freezes the process here; the SDK's kept-alive sockets must not keep this one alive.
process.exit(0);
