// The node kinds' door: the registry of kinds and the dispatch of requests,
// answers, timeouts, crashes and events to them. Nothing outside this room
// tests which kind a node is; it asks through these functions or reads the
// capabilities each kind compiled into its node's config.
export {
  deliver, expireCall, nodeDown, nodeEvents, nodeFlush, nodeLagMs, nodeReportFields, nodeRole, nodeUp, rateChanged, response, startNodes,
} from './dispatch.ts';
export { KIND_LIST, KIND_NUMBER, kindOf, type Kind } from './registry.ts';
export { createHealth, type HealthCheckCfg, type HealthRt } from './health-check.ts';
export type { EventRun, KindEvent, KindModule } from './kind.ts';
export { createBreakers, type BreakerCfg, type Breaker } from './circuit-breaker.ts';
export { breakerStateOf, openBreakers } from './circuit-breaker-calls.ts';
export { dnsShareOfLink, dnsShareOfNode } from './dns-client.ts';
