/**
 * The box each widget reserves, before and after its script runs. One table feeds both the
 * element's own styles and the pre-upgrade stylesheet `dist/cdn/trade-widgets.css`, so the two
 * can never disagree (which would be a layout shift).
 */
export interface WidgetBox {
  /** Width / height of the whole widget, frame text included. */
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

/** CSS declarations for one box, shared by `:host` and `tag:not(:defined)`. */
export function boxDeclarations(box: WidgetBox): string {
  return (
    'display:block;box-sizing:border-box;width:100%;' +
    `aspect-ratio:var(--trade-aspect-ratio,${box.aspectRatio});` +
    `min-height:var(--trade-min-height,${box.minHeight}px);` +
    `max-height:var(--trade-max-height,${box.maxHeight}px);` +
    'height:var(--trade-height,auto)'
  );
}

/** The pre-upgrade stylesheet: every tag gets its final box while the script is still on its way. */
export function preUpgradeStylesheet(): string {
  const rules = Object.entries(WIDGET_BOXES).map(([tag, box]) => `${tag}:not(:defined){${boxDeclarations(box)}}`);
  // `attr()` with a type is read by current Chromium; elsewhere the attribute applies on upgrade.
  const heights = Object.keys(WIDGET_BOXES).map((tag) => `${tag}[height]:not(:defined){height:attr(height px);max-height:none;min-height:0}`);
  return `${rules.join('\n')}\n${heights.join('\n')}\n`;
}
