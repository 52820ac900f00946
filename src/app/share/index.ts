// The share room's door: files in and out, the notices of links, files and
// saving, and opening links in an open tab.
export { ExportMenu } from './ExportMenu.tsx';
export { ShareNotices } from './ShareNotices.tsx';
export { exportScenario } from './exports.ts';
export { metricsCsv, reportJson, scenarioJson } from './export-data.ts';
export { importText, type ImportResult } from './import-file.ts';
export { problemOf, shareNotices, showProblem, type Problem } from './notices.ts';
export { openLinkInTab, reportOpening } from './open-link.ts';
export { fullLabLink, isEmbedPage } from './embed-mode.ts';
