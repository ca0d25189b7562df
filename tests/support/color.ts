/** Colour arithmetic for the accessibility tests: WCAG contrast and colour-vision-deficiency simulation. */

export type RGB = [number, number, number];

/** "rgb(1, 2, 3)" / "rgba(1, 2, 3, 1)" / "#0a62a3" → [r, g, b] in 0–255. */
export function parseColor(text: string): RGB {
  const hex = text.trim().match(/^#([0-9a-f]{6})$/i);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)) as RGB;
  const rgb = text.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
  if (!rgb) throw new Error(`not a colour: ${text}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
}

const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const toSrgb = (l: number) => {
  const c = l <= 0.0031308 ? 12.92 * l : 1.055 * l ** (1 / 2.4) - 0.055;
  return Math.round(Math.min(1, Math.max(0, c)) * 255);
};

export function luminance([r, g, b]: RGB): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG 2.x contrast ratio. */
export function contrast(a: RGB, b: RGB): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Machado, Oliveira & Fernandes (2009) matrices at severity 1.0, applied in linear RGB. */
const CVD: Record<'protanopia' | 'deuteranopia' | 'tritanopia', number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
export type Deficiency = keyof typeof CVD;
export const DEFICIENCIES = Object.keys(CVD) as Deficiency[];

export function simulate(color: RGB, deficiency: Deficiency): RGB {
  const linear = color.map(toLinear);
  return CVD[deficiency].map((row) => toSrgb(row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2])) as RGB;
}

/** CIE Lab (D65) for a perceptual distance. */
function lab(color: RGB): [number, number, number] {
  const [r, g, b] = color.map(toLinear);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE: about 2.3 is just noticeable; 10+ is clearly different at a glance. */
export function deltaE(a: RGB, b: RGB): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
