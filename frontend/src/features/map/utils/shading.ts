// What the map shades countries by, and how counts become one of six shades. Missions per
// country are few; engagements and overlapping pairs run into tens, so each measure has its own
// steps: a count reaches shade i when it is at least steps[i - 1].

export const MEASURES = ['missions', 'engagements', 'overlaps'] as const;
export type Measure = (typeof MEASURES)[number];

type MeasureInfo = {
  /** The measure's name in the "Shade countries by" menu. */
  label: string;
  /** What the colour measures, for the legend's title: "<title> on <day>". */
  title: string;
  /** The legend's unit: what one counted thing is, per country. */
  unit: string;
  one: string;
  many: string;
  steps: number[];
};

export const MEASURE_INFO: Record<Measure, MeasureInfo> = {
  missions: {
    label: 'Missions present',
    title: 'Missions present',
    unit: 'missions per country',
    one: 'mission',
    many: 'missions',
    steps: [1, 2, 3, 4, 5],
  },
  engagements: {
    label: 'Engagements of actors',
    title: 'Engagements of actors (leading, contributing to, implementing or funding)',
    unit: 'engagements per country',
    one: 'engagement',
    many: 'engagements',
    steps: [1, 3, 6, 10, 15],
  },
  overlaps: {
    label: 'Overlapping pairs',
    title: 'Overlapping pairs of engagements',
    unit: 'pairs per country',
    one: 'overlapping pair',
    many: 'overlapping pairs',
    steps: [1, 2, 4, 8, 12],
  },
};

/** "Overlapping pairs of engagements on 1 July 2010": what the map's colour measures. */
export function legendTitle(measure: Measure, year: number): string {
  return `${MEASURE_INFO[measure].title} on 1 July ${year}`;
}

export function isMeasure(s: string | null): s is Measure {
  return (MEASURES as readonly string[]).includes(s ?? '');
}

/** Fill colours, none to many (sequential blues, readable on white). */
export const SHADES = ['#e9edf2', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

export function shadeFor(count: number, steps: number[] = MEASURE_INFO.missions.steps): string {
  return SHADES[steps.filter((s) => count >= s).length];
}

/** "2 missions", "1 engagement", "no overlapping pairs". */
export function countText(n: number, measure: Measure): string {
  const { one, many } = MEASURE_INFO[measure];
  return n === 0 ? `no ${many}` : n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** "Kosovo: 2 missions", "France: no overlapping pairs". */
export function describeCount(name: string, n: number, measure: Measure): string {
  return `${name}: ${countText(n, measure)}`;
}

/** The legend's labels: 0, then each step, the last as "n+", a range where steps leave gaps. */
export function legendLabels(steps: number[]): string[] {
  return [
    '0',
    ...steps.map((s, i) => {
      const next = steps[i + 1];
      if (next === undefined) return `${s}+`;
      return next - 1 === s ? String(s) : `${s}–${next - 1}`;
    }),
  ];
}
