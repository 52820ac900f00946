// The run room's door: the driver that talks to the simulation worker, and
// the view-model of a run — numbers from metric rows, what can be broken and
// mended at the shown time, and how simulated time maps to what the eye follows.
export { RunDriver, STEP_MS, type DriverDeps } from './driver.ts';
export {
  CLIENT_BREAKS, DEFAULT_STRENGTH, NODE_BREAKS, activeFaultIndex, describeFault, faultActions, faultBandEndMs,
  type BreakTarget, type BreakToggle, type FaultAction, type FaultStrength,
} from './fault-actions.ts';
export * from './readouts.ts';
export { LINGER_WALL_MS, MIN_FLIGHT_WALL_MS } from './pacing.ts';
export { describeError, faultEndMs, faultStartMs } from './timing.ts';
