/**
 * Checks the bundled data files in data/ against the two seed documents
 * (see /work/shared/DATA.md): every quoted figure must be traceable verbatim,
 * every derived figure must be recomputable, and the documents' own
 * cross-checks must hold.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Note {
  en: string;
  'zh-CN': string;
}

interface Derived {
  from: string[];
  how: string;
  op: 'sum' | 'difference' | 'ratio-percent' | 'cagr-percent';
  decimals: number;
}

interface Figure {
  value: number;
  unit: string;
  period: string;
  region?: string;
  source: string;
  quote?: string;
  quoted?: string;
  lowerBound?: boolean;
  approximate?: boolean;
  partial?: boolean;
  derived?: Derived;
  note?: Note;
}

interface DataFile {
  topic: string;
  figures: Record<string, Figure>;
  notes?: Record<string, Note>;
}

interface Source {
  title: string;
  publisher: string;
  date: string;
  seed: string;
  short: Note;
  note?: Note;
}

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dataDir = join(repoRoot, 'data');
const seedsDir = process.env.TRADE_SEEDS_DIR ?? resolve(repoRoot, '..', 'shared', 'seeds');

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const sources = readJson<Record<string, Source>>(join(dataDir, 'sources.json'));

const DATA_FILES = [
  'regional-totals-2025',
  'anhui-exports-2025',
  'anhui-partners-2025',
  'anhui-industry',
] as const;

const files: Record<string, DataFile> = Object.fromEntries(
  DATA_FILES.map((name) => [name, readJson<DataFile>(join(dataDir, `${name}.json`))]),
);

/** Every (file, id, figure) triple. */
const entries: Array<[string, string, Figure]> = Object.entries(files).flatMap(([file, data]) =>
  Object.entries(data.figures).map(([id, fig]): [string, string, Figure] => [file, id, fig]),
);

/** Global id → figure (ids may repeat across files only if the figures are identical). */
const byId = new Map<string, Figure>();
for (const [, id, fig] of entries) if (!byId.has(id)) byId.set(id, fig);

const fig = (id: string): Figure => {
  const f = byId.get(id);
  if (!f) throw new Error(`no figure with id ${id}`);
  return f;
};

const quotedEntries = entries.filter(([, , f]) => f.quote !== undefined || f.quoted !== undefined);
const derivedEntries = entries.filter(([, , f]) => f.derived !== undefined);

const seedCache = new Map<string, string>();
function seedText(sourceId: string): string {
  const src = sources[sourceId];
  if (!src) throw new Error(`unknown source ${sourceId}`);
  let text = seedCache.get(src.seed);
  if (text === undefined) {
    text = collapse(readFileSync(join(seedsDir, src.seed), 'utf8'));
    seedCache.set(src.seed, text);
  }
  return text;
}

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8,
  ninth: 9, tenth: 10,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const LOWER_BOUND_RE = /^(more than|over|above|at least)\s+/i;
const APPROX_RE = /^(around|about|approximately|roughly|nearly|almost|some)\s+/i;

/**
 * Parses the number as written in a quote into the figure's unit:
 * "1.0136 trillion" (CNY bn) → 1013.6, "17.3%" → 17.3, "1.228 million" (vehicles) → 1228000,
 * "more than 9 trillion" → 9000, "nine" → 9, "1,300" → 1300.
 */
function parseQuotedNumber(quoted: string, unit: string): number {
  const s = collapse(quoted).replace(LOWER_BOUND_RE, '').replace(APPROX_RE, '').toLowerCase();
  const m = /^([\d,]*\.?\d+|[a-z]+)\s*(%|percent|per cent|thousand|million|billion|trillion)?$/.exec(s);
  if (!m) throw new Error(`cannot parse quoted number "${quoted}"`);
  const [, numText, suffix] = m as unknown as [string, string, string | undefined];
  let n: number;
  if (/^[a-z]+$/.test(numText)) {
    const w = WORDS[numText];
    if (w === undefined) throw new Error(`unknown number word "${numText}"`);
    n = w;
  } else {
    n = Number(numText.replace(/,/g, ''));
  }
  const isPercent = suffix === '%' || suffix === 'percent' || suffix === 'per cent';
  if (unit === 'percent') {
    if (!isPercent) throw new Error(`"${quoted}" is not a percentage`);
    return n;
  }
  if (isPercent) throw new Error(`"${quoted}" is a percentage but unit is ${unit}`);
  const absolute = n * (suffix ? SCALES[suffix]! : 1);
  if (unit === 'CNY bn' || unit === 'EUR bn') {
    if (!suffix) throw new Error(`money figure "${quoted}" lacks a scale word`);
    return absolute / 1e9;
  }
  return absolute;
}

const round = (x: number, decimals: number): number => Number(x.toFixed(decimals));

function yearOf(period: string): number {
  const m = /^(\d{4})/.exec(period);
  if (!m) throw new Error(`no year in period ${period}`);
  return Number(m[1]);
}

function recompute(d: Derived): number {
  const inputs = d.from.map(fig);
  const v = inputs.map((f) => f.value);
  switch (d.op) {
    case 'sum':
      return v.reduce((a, b) => a + b, 0);
    case 'difference':
      return v.slice(1).reduce((a, b) => a - b, v[0]!);
    case 'ratio-percent':
      expect(v).toHaveLength(2);
      return (v[0]! / v[1]!) * 100;
    case 'cagr-percent': {
      expect(v).toHaveLength(2);
      const years = yearOf(inputs[1]!.period) - yearOf(inputs[0]!.period);
      expect(years).toBeGreaterThan(0);
      return ((v[1]! / v[0]!) ** (1 / years) - 1) * 100;
    }
    default:
      throw new Error(`unknown derived op ${String((d as { op: unknown }).op)}`);
  }
}

const UNITS = new Set(['CNY bn', 'EUR bn', 'percent', 'vehicles', 'countries and regions', 'jobs', 'years', 'regions', 'rank']);
const REGIONS = new Set(['china', 'guangdong', 'anhui', 'henan', 'hubei']);
const PERIOD_RE = /^\d{4}(-\d{2})?(\/\d{4}-\d{2})?$/;
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const expectNote = (n: unknown, where: string): void => {
  expect(n, where).toBeTypeOf('object');
  const note = n as Partial<Note>;
  expect(typeof note.en === 'string' && note.en.trim().length > 0, `${where}: en`).toBe(true);
  expect(typeof note['zh-CN'] === 'string' && note['zh-CN'].trim().length > 0, `${where}: zh-CN`).toBe(true);
};

describe('parseQuotedNumber (test helper)', () => {
  it.each([
    ['1.0136 trillion', 'CNY bn', 1013.6],
    ['935.67 billion', 'CNY bn', 935.67],
    ['more than 9 trillion', 'CNY bn', 9000],
    ['17.3%', 'percent', 17.3],
    ['13.8 percent', 'percent', 13.8],
    ['1.228 million', 'vehicles', 1228000],
    ['189', 'countries and regions', 189],
    ['over 70%', 'percent', 70],
    ['1,300', 'jobs', 1300],
    ['nine', 'regions', 9],
    ['around 5.5 trillion', 'CNY bn', 5500],
    ['1.233 billion', 'EUR bn', 1.233],
  ])('parses %s as %s → %d', (quoted, unit, expected) => {
    expect(parseQuotedNumber(quoted, unit)).toBeCloseTo(expected, 9);
  });

  it('rejects unit mismatches', () => {
    expect(() => parseQuotedNumber('17.3%', 'CNY bn')).toThrow();
    expect(() => parseQuotedNumber('935.67 billion', 'percent')).toThrow();
    expect(() => parseQuotedNumber('935.67', 'CNY bn')).toThrow();
  });
});

describe('sources.json', () => {
  it('describes both seed documents with titles, dates and bilingual short citations', () => {
    expect(Object.keys(sources).sort()).toEqual(['cdb-2026', 'hefei-customs-2025']);
    for (const [id, src] of Object.entries(sources)) {
      expect(src.title, id).toBeTruthy();
      expect(src.publisher, id).toBeTruthy();
      expect(src.date, id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expectNote(src.short, `${id}.short`);
      if (src.note !== undefined) expectNote(src.note, `${id}.note`);
      expect(seedText(id).length, `${id}: seed readable`).toBeGreaterThan(0);
    }
  });

  it('uses the title exactly as it appears in the China Daily Brief document', () => {
    expect(seedText('cdb-2026')).toContain(collapse(sources['cdb-2026']!.title));
  });
});

describe('data file structure', () => {
  it.each(DATA_FILES)('%s.json has its topic and a non-empty figures object', (name) => {
    const data = files[name]!;
    expect(data.topic).toBe(name);
    expect(Object.keys(data.figures).length).toBeGreaterThan(0);
  });

  it('the data directory holds exactly the expected files', () => {
    const json = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort();
    expect(json).toEqual([...DATA_FILES.map((n) => `${n}.json`), 'sources.json'].sort());
  });

  it('an id repeated across files always describes the identical figure', () => {
    for (const [file, id, f] of entries) expect(f, `${file}/${id}`).toEqual(byId.get(id));
  });

  it('regional-totals-2025.json notes that the other seven club members are not bundled', () => {
    const notes = files['regional-totals-2025']!.notes;
    expect(notes).toBeDefined();
    expectNote(notes!['otherClubMembers'], 'notes.otherClubMembers');
    expect(notes!['otherClubMembers']!.en).toMatch(/seven/);
    expect(notes!['otherClubMembers']!['zh-CN']).toMatch(/七/);
  });
});

describe.each(entries.map(([file, id, f]) => ({ file, id, f })))('$file / $id', ({ id, f }) => {
  it('has a valid schema', () => {
    expect(id).toMatch(ID_RE);
    expect(Number.isFinite(f.value)).toBe(true);
    expect(UNITS.has(f.unit), `unit ${f.unit}`).toBe(true);
    expect(f.period).toMatch(PERIOD_RE);
    expect(sources[f.source], `source ${f.source}`).toBeDefined();
    if (f.region !== undefined) expect(REGIONS.has(f.region), `region ${f.region}`).toBe(true);
    for (const flag of ['lowerBound', 'approximate', 'partial'] as const) {
      if (f[flag] !== undefined) expect(f[flag]).toBe(true);
    }
    if (f.note !== undefined) expectNote(f.note, `${id}.note`);
    // A period shorter than a year (a month or a month range) is partial, and only those are.
    expect(f.partial === true).toBe(f.period.length > 4);
    // A figure is either quoted from a source or derived by the project, never both.
    if (f.derived) {
      expect(f.quote).toBeUndefined();
      expect(f.quoted).toBeUndefined();
    } else {
      expect(typeof f.quote).toBe('string');
      expect(typeof f.quoted).toBe('string');
    }
  });
});

describe.each(quotedEntries.map(([file, id, f]) => ({ file, id, f })))('quoted figure $file / $id', ({ id, f }) => {
  const quote = f.quote ?? '';
  const quoted = f.quoted ?? '';

  it('the quote is short and appears verbatim in its seed document', () => {
    expect(quote.length).toBeGreaterThan(0);
    expect(quote.length).toBeLessThanOrEqual(120);
    expect(seedText(f.source)).toContain(collapse(quote));
  });

  it('the quoted number appears in the quote', () => {
    expect(quoted.length).toBeGreaterThan(0);
    expect(collapse(quote)).toContain(collapse(quoted));
  });

  it('the quoted number, in the figure unit, equals the value', () => {
    expect(parseQuotedNumber(quoted, f.unit)).toBeCloseTo(f.value, 9);
  });

  it('bounds and approximations in the wording are flagged', () => {
    expect(f.lowerBound === true, `${id}: lowerBound`).toBe(LOWER_BOUND_RE.test(quoted));
    expect(f.approximate === true, `${id}: approximate`).toBe(APPROX_RE.test(quoted));
  });
});

describe.each(derivedEntries.map(([file, id, f]) => ({ file, id, f })))('derived figure $file / $id', ({ f }) => {
  it('recomputes from its inputs to the stated rounding', () => {
    const d = f.derived!;
    expect(d.from.length).toBeGreaterThanOrEqual(2);
    expect(d.how.trim().length).toBeGreaterThan(0);
    expect(Number.isInteger(d.decimals)).toBe(true);
    for (const input of d.from.map(fig)) {
      // Never compute with bounds or approximations, nor mix units (ratio aside).
      expect(input.lowerBound).toBeUndefined();
      expect(input.approximate).toBeUndefined();
      expect(input.partial).toBeUndefined();
      if (d.op === 'sum' || d.op === 'difference') expect(input.unit).toBe(f.unit);
    }
    expect(round(recompute(d), d.decimals)).toBe(f.value);
  });
});

describe('the documents’ own cross-checks (DATA.md)', () => {
  it('Anhui exports + imports ≈ total trade (within 0.05 bn)', () => {
    const sum = fig('anhui-exports-2025').value + fig('anhui-imports-2025').value;
    expect(Math.abs(sum - fig('anhui-trade-2025').value)).toBeLessThanOrEqual(0.05);
  });

  it('new three / exports ≈ 14.9% (to 0.1)', () => {
    const share = (fig('anhui-new-three-exports-2025').value / fig('anhui-exports-2025').value) * 100;
    expect(Math.abs(share - 14.9)).toBeLessThanOrEqual(0.1);
  });

  it('Belt-and-Road / total ≈ 54% (to 0.5), matching the sourced share', () => {
    const share = (fig('anhui-bri-trade-2025').value / fig('anhui-trade-2025').value) * 100;
    expect(Math.abs(share - 54)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(share - fig('anhui-bri-share-of-trade-2025').value)).toBeLessThanOrEqual(0.5);
  });
});

describe('gaps and caveats stay visible', () => {
  it('has no figure for the seven other trillion-club members', () => {
    const regions = new Set(entries.map(([, , f]) => f.region).filter((r) => r !== undefined));
    expect([...regions].sort()).toEqual(['anhui', 'china', 'guangdong', 'henan', 'hubei']);
  });

  it('gives Hubei no growth figure', () => {
    const hubei = entries.filter(([, , f]) => f.region === 'hubei');
    expect(hubei.length).toBeGreaterThan(0);
    for (const [, id, f] of hubei) {
      expect(f.unit, id).not.toBe('percent');
      expect(id).not.toMatch(/growth/);
    }
  });

  it('Hubei uses the consistent 834.01 bn and explains the contradiction', () => {
    const hubei = fig('hubei-trade-2025');
    expect(hubei.value).toBe(834.01);
    expect(hubei.note?.en).toMatch(/8\.34 trillion/);
    expect(hubei.value).toBeLessThan(fig('henan-trade-2025').value);
  });

  it('Guangdong is a flagged lower bound with a note', () => {
    const gd = fig('guangdong-trade-2025');
    expect(gd.lowerBound).toBe(true);
    expectNote(gd.note, 'guangdong-trade-2025.note');
  });

  it('overlapping categories carry a never-stack note', () => {
    for (const id of ['anhui-me-share-of-exports-2025', 'anhui-bri-trade-2025', 'anhui-bri-share-of-trade-2025']) {
      const f = fig(id);
      expectNote(f.note, `${id}.note`);
      expect(f.note!.en, id).toMatch(/never stack/i);
    }
    expect(fig('anhui-me-share-of-exports-2025').lowerBound).toBe(true);
  });

  it('the trillion-club count matches the sources: nine regions, Anhui above 1 tn, Henan and Hubei below', () => {
    expect(fig('trillion-club-count-2025').value).toBe(9);
    expect(fig('anhui-trade-2025').value).toBeGreaterThan(1000);
    expect(fig('guangdong-trade-2025').value).toBeGreaterThan(1000);
    expect(fig('henan-trade-2025').value).toBeLessThan(1000);
    expect(fig('hubei-trade-2025').value).toBeLessThan(1000);
  });

  it('partial-period figures are never the full-year ones', () => {
    expect(fig('anhui-trade-2025-01-08').source).toBe('hefei-customs-2025');
    expect(fig('anhui-trade-2025-01-08').value).toBeLessThan(fig('anhui-trade-2025').value);
    expect(fig('anhui-trade-2025-12').value).toBeLessThan(fig('anhui-trade-2025').value);
  });
});
