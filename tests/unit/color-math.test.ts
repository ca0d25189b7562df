import { describe, it, expect } from 'vitest';
import { contrast, deltaE, parseColor, simulate } from '../support/color.js';

describe('colour arithmetic used by the accessibility tests', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 1);
    expect(contrast(parseColor('#767676'), parseColor('#ffffff'))).toBeCloseTo(4.54, 1);
    expect(contrast(parseColor('rgb(255, 255, 255)'), [255, 255, 255])).toBe(1);
  });
  it('simulates colour blindness: red and green collapse under deuteranopia, not blue and orange', () => {
    const red: [number, number, number] = [200, 60, 40];
    const green: [number, number, number] = [60, 150, 40];
    expect(deltaE(simulate(red, 'deuteranopia'), simulate(green, 'deuteranopia'))).toBeLessThan(deltaE(red, green) / 2);
    const blue = parseColor('#0a62a3');
    const orange = parseColor('#b34d00');
    expect(deltaE(simulate(blue, 'deuteranopia'), simulate(orange, 'deuteranopia'))).toBeGreaterThan(30);
  });
});
