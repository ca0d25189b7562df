import type { ChartFont, Palette } from './theme.js';

export interface PngFrame {
  title: string;
  subtitle: string;
  source: string;
  notes: string;
}

/** Chinese, Japanese and full-width characters: a line may break before or after any of them. */
const CJK = '\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF';
/**
 * Line-breaking units: spaces; one CJK character with the opening punctuation before it and the
 * closing punctuation after it (so no line starts with "，" or ends with "（"); a run of other text.
 */
const TOKENS = new RegExp(`\\s+|[（「『“‘《〈【]*[${CJK}][、。，．：；！？）」』”’》〉】]*|[^\\s${CJK}]+`, 'gu');

/**
 * Wraps text into lines that fit `maxWidth`: between words, and between CJK characters, so Chinese
 * notes that contain a space (two sentences joined) still wrap; a word wider than a line is cut.
 */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const fits = (t: string) => ctx.measureText(t).width <= maxWidth;
  const tokens = (text.match(TOKENS) ?? []).flatMap((token) => (fits(token) ? [token] : [...token]));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line.trim() && !fits(candidate.trimEnd())) {
      lines.push(line.trim());
      line = token.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/** The margin around the picture, in CSS pixels: the chart and the text share the same left edge. */
export const PNG_MARGIN = 16;

/**
 * The chart as a shareable picture: title and subtitle above, notes and source below, burned in,
 * at `ratio`× the on-screen size, on the widget's background, with a margin all round.
 */
export function composePng(chartImage: HTMLCanvasElement, chartWidth: number, frame: PngFrame, palette: Palette, font: ChartFont, ratio: number): HTMLCanvasElement {
  const pad = PNG_MARGIN;
  const width = chartWidth + pad * 2;
  const measure = document.createElement('canvas').getContext('2d')!;
  const titleFont = `700 ${font.size + 4}px ${font.family}`;
  const smallFont = `400 ${font.size - 1}px ${font.family}`;
  measure.font = titleFont;
  const titleLines = wrapText(measure, frame.title, chartWidth);
  measure.font = smallFont;
  const subtitleLines = frame.subtitle ? wrapText(measure, frame.subtitle, chartWidth) : [];
  const footLines = [frame.notes, frame.source].filter(Boolean).flatMap((t) => wrapText(measure, t, chartWidth));
  const titleHeight = (font.size + 8) * titleLines.length;
  const lineHeight = font.size + 4;
  const chartHeight = chartImage.height / (chartImage.width / chartWidth);
  const height = pad + titleHeight + lineHeight * subtitleLines.length + 8 + chartHeight + 8 + lineHeight * footLines.length + pad;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = palette.background === 'rgba(0, 0, 0, 0)' ? '#ffffff' : palette.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'top';
  let y = pad;
  ctx.fillStyle = palette.text;
  ctx.font = titleFont;
  for (const line of titleLines) { ctx.fillText(line, pad, y); y += font.size + 8; }
  ctx.font = smallFont;
  ctx.fillStyle = palette.muted;
  for (const line of subtitleLines) { ctx.fillText(line, pad, y); y += lineHeight; }
  y += 8;
  ctx.drawImage(chartImage, pad, y, chartWidth, chartHeight);
  y += chartHeight + 8;
  for (const line of footLines) { ctx.fillText(line, pad, y); y += lineHeight; }
  return canvas;
}
