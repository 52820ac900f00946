// The editor's palette: the live lab's layout renders <Palette/> in its left rail.
export { Palette } from './Palette.tsx';
