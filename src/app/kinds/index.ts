// The kinds room's door: one UI descriptor per node kind (DESIGN.md rule 5,
// the UI twin of the engine's kind modules). The palette, the canvas glyphs
// and readouts, the inspector, the Break panel and the charts ask
// `kindUi(node.type)`; nothing else in the app tests which kind a node is.
//
// Adding a kind to the lab — say `cache` — takes:
//   1. model/cache.ts: a KindModel (model/types.ts): its name and the word
//      for sentences, the id prefix of new nodes, its column in the flow
//      (0 callers … 3 data), `newNode` with its main knobs written out, whom
//      it refuses as callers and whom it may call, whether it holds data,
//      and its workers. One line in model/index.ts (KIND_MODELS).
//   2. cache.tsx: a KindUi (types.ts) that spreads the model and adds the
//      silhouette (`outline`, `detail`: SVG paths in the glyph box of
//      glyph-box.ts), the palette glyph, the inspector's `Fields` component
//      (cache-fields.tsx, built from app/fields), its `breakActions` (the
//      run room's NODE_BREAKS, or its own BreakToggle list: a `flush`), whether
//      it shows a queue bar and its own lines on the system charts, the
//      `readout` under the node ("82 % hits"), and `charts` of its own when
//      selected. One line in KINDS (registry.ts).
// The kinds' pure half (model/) has a door of its own, so that the editing
// model can name, create and connect nodes without importing these views.
export type { KindChartSeries, KindFieldsProps, KindUi, NodeChart, NodeChartContext, ReadoutContext } from './types.ts';
export { GLYPH_H, GLYPH_HALF_H, GLYPH_HALF_W, GLYPH_W } from './glyph-box.ts';
export { KIND_MODELS, NODE_KINDS, kindModel, type KindModel } from './model/index.ts';
export { KINDS, kindUi, paletteKinds } from './registry.ts';
export { nodeBreakTarget } from './break-target.ts';
