// The embed room's door: the compact player for an iframe (loaded only when
// the page is opened as one: share/embed-mode.ts says when).
export { EmbedApp, toggleCrash } from './EmbedApp.tsx';
