// The run on screen: playback, simulated time, frames from the worker.
// (The live-lab issue builds this.)
import type { SliceCreator } from './index.ts';

export interface RunSlice {
  simTimeMs: number;
  playing: boolean;
}

export const createRunSlice: SliceCreator<RunSlice> = () => ({
  simTimeMs: 0,
  playing: false,
});
