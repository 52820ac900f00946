// The engine's door: the worker and the CLI come in only here.
export { Simulation, runScenario } from './simulation.ts';
export type { SimulationApi, SimulationOptions, SimulationSnapshot, Topology } from './api.ts';
export * from './frames.ts';
export { ClockStuckError } from './loop.ts';
export { InvariantError } from './kernel/index.ts';
