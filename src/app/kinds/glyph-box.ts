// The box every kind's silhouette is drawn in, centred on (0, 0). The canvas
// geometry (links, labels, hit areas) uses the same numbers.
export const GLYPH_W = 60;
export const GLYPH_H = 46;
export const GLYPH_HALF_W = GLYPH_W / 2;
export const GLYPH_HALF_H = GLYPH_H / 2;
