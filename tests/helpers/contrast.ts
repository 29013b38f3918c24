/** WCAG 2 colour arithmetic for the design-token tests: colours are `#rrggbb` or `#rrggbbaa`. */

type Rgba = [r: number, g: number, b: number, a: number];

function parse(hex: string): Rgba {
  if (!/^#(?:[0-9a-f]{6}|[0-9a-f]{8})$/i.test(hex)) throw new Error(`not a #rrggbb(aa) colour: ${hex}`);
  const byte = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
  return [byte(1), byte(3), byte(5), hex.length === 9 ? byte(7) / 255 : 1];
}

function toHex(channels: number[]): string {
  return `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The opaque colour a translucent `top` shows over an opaque `under`. */
export function over(top: string, under: string): string {
  const [r, g, b, a] = parse(top);
  const [ur, ug, ub] = parse(under);
  return toHex([r * a + ur * (1 - a), g * a + ug * (1 - a), b * a + ub * (1 - a)]);
}

function luminance(hex: string): number {
  const [r, g, b, a] = parse(hex);
  if (a !== 1) throw new Error(`contrast needs an opaque colour, not ${hex}: composite it first`);
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two opaque colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
