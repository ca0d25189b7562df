import type { ChartFont, Palette } from './theme.js';

export interface PngFrame {
  title: string;
  subtitle: string;
  source: string;
  notes: string;
}

/** Wraps text into lines that fit `maxWidth` (by words, or by characters for Chinese). */
function wrap(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const tokens = /\s/.test(text) ? text.split(/(\s+)/) : [...text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && ctx.measureText(candidate).width > maxWidth) {
      lines.push(line.trim());
      line = token.trimStart();
    } else line = candidate;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

/**
 * The chart as a shareable picture: title and subtitle above, notes and source below, burned in,
 * at `ratio`× the on-screen size, on the widget's background.
 */
export function composePng(chartImage: HTMLCanvasElement, cssWidth: number, frame: PngFrame, palette: Palette, font: ChartFont, ratio: number): HTMLCanvasElement {
  const pad = 16;
  const measure = document.createElement('canvas').getContext('2d')!;
  const titleFont = `700 ${font.size + 4}px ${font.family}`;
  const smallFont = `400 ${font.size - 1}px ${font.family}`;
  const textWidth = cssWidth - pad * 2;
  measure.font = titleFont;
  const titleLines = wrap(measure, frame.title, textWidth);
  measure.font = smallFont;
  const subtitleLines = frame.subtitle ? wrap(measure, frame.subtitle, textWidth) : [];
  const footLines = [frame.notes, frame.source].filter(Boolean).flatMap((t) => wrap(measure, t, textWidth));
  const titleHeight = (font.size + 8) * titleLines.length;
  const lineHeight = font.size + 4;
  const chartHeight = chartImage.height / (chartImage.width / cssWidth);
  const cssHeight = pad + titleHeight + lineHeight * subtitleLines.length + 8 + chartHeight + 8 + lineHeight * footLines.length + pad;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(cssWidth * ratio);
  canvas.height = Math.round(cssHeight * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(ratio, ratio);
  ctx.fillStyle = palette.background === 'rgba(0, 0, 0, 0)' ? '#ffffff' : palette.background;
  ctx.fillRect(0, 0, cssWidth, cssHeight);
  ctx.textBaseline = 'top';
  let y = pad;
  ctx.fillStyle = palette.text;
  ctx.font = titleFont;
  for (const line of titleLines) { ctx.fillText(line, pad, y); y += font.size + 8; }
  ctx.font = smallFont;
  ctx.fillStyle = palette.muted;
  for (const line of subtitleLines) { ctx.fillText(line, pad, y); y += lineHeight; }
  y += 8;
  ctx.drawImage(chartImage, 0, y, cssWidth, chartHeight);
  y += chartHeight + 8;
  for (const line of footLines) { ctx.fillText(line, pad, y); y += lineHeight; }
  return canvas;
}
