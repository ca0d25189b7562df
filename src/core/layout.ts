/**
 * The box each widget reserves, before and after its script runs. One table feeds both the
 * element's own styles and the pre-upgrade stylesheet `dist/cdn/trade-widgets.css`, so the two
 * can never disagree (which would be a layout shift).
 */
export interface WidgetBox {
  /** Width / height of the whole widget, frame text included. Heights below are px at 16 px text. */
  aspectRatio: string;
  minHeight: number;
  maxHeight: number;
}

export const WIDGET_BOXES: Record<string, WidgetBox> = {
  'trade-ranking': { aspectRatio: '16 / 10', minHeight: 440, maxHeight: 540 },
  'province-growth': { aspectRatio: '16 / 10', minHeight: 440, maxHeight: 540 },
  'export-mix': { aspectRatio: '16 / 10', minHeight: 440, maxHeight: 520 },
  'trade-partners': { aspectRatio: '16 / 10', minHeight: 440, maxHeight: 520 },
  'trade-figure': { aspectRatio: '16 / 7', minHeight: 220, maxHeight: 300 },
};

/**
 * Heights are given in px at a 16 px text size and written in `em`: a page with larger text (or a
 * reader who enlarges text to 200%) gets a proportionally taller box, so the chart keeps its room.
 * The host's font size is the page's, before and after upgrade, so both boxes stay identical.
 */
function em(px: number): string {
  return `${px / 16}em`;
}

/**
 * CSS declarations for one box, shared by `:host` and `tag:not(:defined)`. The height follows the
 * width through a `::before` with percentage padding rather than `aspect-ratio`: in a flex or grid
 * item, `aspect-ratio` with a `min-height` turns into a minimum width (min-height × ratio) that
 * overflows phone columns; percentage padding contributes nothing to intrinsic widths.
 */
export function boxDeclarations(box: WidgetBox): string {
  return (
    'display:block;box-sizing:border-box;position:relative;overflow:hidden;width:100%;' +
    `min-height:var(--trade-min-height,${em(box.minHeight)});` +
    `max-height:var(--trade-max-height,${em(box.maxHeight)});` +
    'height:var(--trade-height,auto)'
  );
}

/** The `::before` that gives the box its width-dependent height. */
export function sizerDeclarations(box: WidgetBox): string {
  return `content:"";display:block;padding-top:calc(100% / (var(--trade-aspect-ratio,${box.aspectRatio})))`;
}

/** The pre-upgrade stylesheet: every tag gets its final box while the script is still on its way. */
export function preUpgradeStylesheet(): string {
  const rules = Object.entries(WIDGET_BOXES).map(
    ([tag, box]) => `${tag}:not(:defined){${boxDeclarations(box)}}\n${tag}:not(:defined)::before{${sizerDeclarations(box)}}`,
  );
  // `attr()` with a type is read by current Chromium; elsewhere the attribute applies on upgrade.
  const heights = Object.keys(WIDGET_BOXES).map((tag) => `${tag}[height]:not(:defined){height:attr(height px);max-height:none;min-height:0}`);
  return `${rules.join('\n')}\n${heights.join('\n')}\n`;
}
