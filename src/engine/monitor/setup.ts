// Creates the runtime state of alert rules and the SLO.
import type { Config } from '../config.ts';
import type { MonitorRt } from './monitor-state.ts';

export function createMonitor(_cfg: Config): MonitorRt {
  return { scrapes: 0 };
}
