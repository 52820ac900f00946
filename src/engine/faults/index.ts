// The faults' door: scheduled faults (start, heal, stacking) and random
// MTBF/MTTR failures.
export { compileFault, faultEnd, faultStart, scheduleFault, setFaultEnd } from './scheduled.ts';
export { failureToggle, startRandomFailures } from './random.ts';
