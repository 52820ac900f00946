// The lab's stand-in for a kind whose own descriptor has not landed yet
// (model/placeholder.ts): a plain rounded box with its name, no fields of its
// own, the common Break actions.
import { NODE_BREAKS } from '../run/index.ts';
import { GLYPH_HALF_H as H, GLYPH_HALF_W as W } from './glyph-box.ts';
import type { KindModel } from './model/index.ts';
import type { KindUi } from './types.ts';

export function placeholderUi(model: KindModel): KindUi {
  return {
    ...model,
    outline: `M${-W + 10},${-H}H${W - 10}A10,10 0 0 1 ${W},${-H + 10}V${H - 10}A10,10 0 0 1 ${W - 10},${H}H${-W + 10}A10,10 0 0 1 ${-W},${H - 10}V${-H + 10}A10,10 0 0 1 ${-W + 10},${-H}Z`,
    detail: 'M-16,-6H16M-16,6H8',
    PaletteGlyph: () => (
      <svg width={28} height={24} viewBox="0 0 28 24" aria-hidden="true" className="kind-glyph">
        <rect x="4" y="4" width="20" height="16" rx="4" />
      </svg>
    ),
    Fields: () => <p className="inspector-note">The lab cannot edit a {model.word}'s own fields yet; the scenario keeps them as they are.</p>,
    breakActions: NODE_BREAKS,
    queueBar: false,
    systemLines: true,
    readout: () => '',
    charts: () => [],
  };
}
