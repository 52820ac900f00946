// The door of the app's experiments room: the panel the lab mounts.
export { ExperimentsPanel } from './ExperimentsPanel.tsx';
