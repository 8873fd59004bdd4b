import type { ReactNode } from 'react';

/** One value to draw: `x` in order (a time, an index), `y` the figure. */
export interface ChartPoint {
  readonly x: number;
  readonly y: number;
}

const W = 600;
const H = 140;
const PAD = 8;

/**
 * Where each value goes in the chart's box. A step line is scaled to the figures in view (not
 * from 0), so a 100-point step shows on 1,500; bars always include 0, so a negative month
 * hangs below the line the positive ones stand on.
 */
export function chartScale(points: readonly ChartPoint[], fromZero: boolean) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [lo, hi] = [Math.min(...ys), Math.max(...ys)];
  if (fromZero) [lo, hi] = [Math.min(0, lo), Math.max(0, hi)];
  const spread = Math.max(1, hi - lo);
  lo = fromZero && lo === 0 ? 0 : lo - spread * 0.1;
  hi = fromZero && hi === 0 ? 0 : hi + spread * 0.1;
  return {
    x: (v: number) => PAD + ((v - x0) / (x1 - x0 || 1)) * (W - 2 * PAD),
    y: (v: number) => H - PAD - ((v - lo) / (hi - lo || 1)) * (H - 2 * PAD),
  };
}

function stepPath(points: readonly ChartPoint[]): string {
  const { x, y } = chartScale(points, false);
  return points.map((p, i) => (i === 0 ? `M${x(p.x)},${y(p.y)}` : `H${x(p.x)}V${y(p.y)}`)).join('');
}

function Bars({ points }: { points: readonly ChartPoint[] }) {
  // Bars stand in even bands, one per point, whatever their x.
  const band = (W - 2 * PAD) / points.length;
  const { y } = chartScale(
    points.map((p, i) => ({ x: i, y: p.y })),
    true,
  );
  const zero = y(0);
  return (
    <>
      {points.map((p, i) => {
        const top = Math.min(y(p.y), zero);
        return (
          <rect
            key={i}
            x={PAD + i * band + band * 0.15}
            width={band * 0.7}
            y={top}
            height={Math.max(p.y === 0 ? 0 : 1, Math.abs(y(p.y) - zero))}
            fill={p.y < 0 ? '#b91c1c' : '#3730a3'}
          />
        );
      })}
      <line
        x1={PAD}
        x2={W - PAD}
        y1={zero}
        y2={zero}
        stroke="#475569"
        strokeWidth="1"
        vectorEffect="non-scaling-stroke"
      />
    </>
  );
}

/**
 * The terminal's one chart: a small SVG that fills its box, named by a summary for screen
 * readers (and found by it in tests), with its two ends written beneath. `step` draws a value
 * over time (the points balance), `bars` one bar per period (spend per month).
 */
export function Chart({
  points,
  marks,
  label,
  caption,
  height = 'h-32',
}: {
  points: readonly ChartPoint[];
  marks: 'step' | 'bars';
  label: string;
  /** What is written under the chart's left and right ends. */
  caption: readonly [ReactNode, ReactNode];
  /** The drawing's height (a Tailwind class); it is as wide as its box. */
  height?: string;
}) {
  return (
    <figure className="flex flex-col gap-1">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${W} ${H}`}
        className={`${height} w-full rounded-lg bg-slate-50`}
        preserveAspectRatio="none"
      >
        {marks === 'step' ? (
          <path
            d={stepPath(points)}
            fill="none"
            stroke="#3730a3"
            strokeWidth="3"
            vectorEffect="non-scaling-stroke"
          />
        ) : (
          <Bars points={points} />
        )}
      </svg>
      <figcaption className="flex justify-between text-sm text-slate-700">
        <span>{caption[0]}</span>
        <span>{caption[1]}</span>
      </figcaption>
    </figure>
  );
}
