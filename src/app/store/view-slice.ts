// How the lab is shown, apart from what it shows: presenter mode for a
// projector (larger text, secondary chrome hidden). Remembered in the browser
// by app/presenter.ts.
import type { SliceCreator } from './create.ts';

export interface ViewSlice {
  presenter: boolean;
  setPresenter(on: boolean): void;
}

export const createViewSlice: SliceCreator<ViewSlice> = (set) => ({
  presenter: false,
  setPresenter: (presenter) => set({ presenter }),
});
