// The editor's inspector: the live lab's layout renders <Inspector/> in its right panel.
export { Inspector } from './Inspector.tsx';
