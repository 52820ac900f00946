// The worker room's door for the page.
export { startSimWorker, type SimPort, type SimWorkerClient } from './client.ts';
export * from './protocol.ts';
