// The service room's door: jobs (the work a node does for a call it took on)
// and the worker pool with its FIFO queue, shared by every kind that serves
// with workers. It sits below data/ and nodes/, so both use it and neither
// needs the other to finish a request.
export { createJob, freeJob, isStale } from './jobs.ts';
export { admit, finish, serviceOver, wipe, type ServiceCfg } from './workers.ts';
