// A small inline SVG chart of a group whose figure changes over time. Each claimant (or, with no
// claimant named, each outlet) is its own series: its own line, dash and marker shape, so that three
// claimants' figures never read as one trend and the chart is legible in black and white. Points
// carry their value and claimant; a bar shows the interval a figure's words allow, dashed where it is
// open; the axes have round ticks and dates; a legend says which series is which.
import type { FigureRecord } from "../../briefing/model.ts";
import { html, raw, type Html } from "../html.ts";
import { longDate } from "../format.ts";

const W = 560;
const H = 240;
const PAD = { left: 58, right: 110, top: 14, bottom: 34 };
/** Dash patterns and marker shapes, one per series in turn. */
const DASHES = ["", "7 4", "2 3", "8 3 2 3"];
const SHAPES = ["circle", "square", "triangle", "diamond"] as const;

interface Point {
  f: FigureRecord;
  day: number;
}

/** Who gives a figure, for its series: the named claimant, else the outlet. */
export type SeriesOf = (f: FigureRecord) => string;

export function trendChart(label: string, figures: FigureRecord[], seriesOf: SeriesOf): Html {
  const points: Point[] = figures.map((f) => ({ f, day: Date.parse(`${f.asOf}T00:00:00Z`) })).sort((a, b) => a.day - b.day);
  // loops, not Math.min(...days): a large group would overflow the call stack
  let first = Infinity;
  let last = -Infinity;
  let highest = 0;
  for (const { f, day } of points) {
    first = Math.min(first, day);
    last = Math.max(last, day);
    highest = Math.max(highest, f.value, f.high ?? 0, f.low ?? 0);
  }
  const ticks = roundTicks(highest);
  const top = ticks[ticks.length - 1]!;
  const plotW = W - PAD.left - PAD.right;
  const x = (day: number) => PAD.left + (last === first ? 0.5 : (day - first) / (last - first)) * plotW;
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const names = [...new Set(points.map((p) => seriesOf(p.f)))];
  const series = names.map((name, i) => ({ name, i, points: points.filter((p) => seriesOf(p.f) === name) }));
  const summary = series.map((s) => `${s.name}: ${s.points.map(({ f }) => `${f.text} (${longDate(f.asOf)})`).join(", then ")}`).join("; ");
  const dates = [...new Set(points.map((p) => p.f.asOf))];
  const shownDates = dates.length <= 3 ? dates : [dates[0]!, dates[dates.length - 1]!];
  // a point's label: beside it; points that meet share a column of labels centred on them, kept inside the chart
  const keyOf = (f: FigureRecord, day: number) => `${Math.round(x(day))}|${Math.round(y(f.value) / 14)}`;
  const meeting = new Map<string, number>();
  for (const { f, day } of points) meeting.set(keyOf(f, day), (meeting.get(keyOf(f, day)) ?? 0) + 1);
  const labelled = new Map<string, number>();
  const labelY = (key: string, cy: number, k: number) => {
    const n = meeting.get(key)!;
    const from = Math.min(Math.max(cy + 4 - ((n - 1) * 13) / 2, 10), H - PAD.bottom - 4 - (n - 1) * 13);
    return from + k * 13;
  };
  return html`<figure class="figure-chart">
<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${`${label} over time, by who gives it. ${summary}`}">
${ticks.map((t) => html`<line class="grid" x1="${PAD.left}" y1="${y(t).toFixed(1)}" x2="${PAD.left + plotW}" y2="${y(t).toFixed(1)}"/><text class="tick" x="${PAD.left - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${compact(t)}</text>
`)}<line class="axis" x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${PAD.left + plotW}" y2="${H - PAD.bottom}"/>
<line class="axis" x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${H - PAD.bottom}"/>
${shownDates.map((d) => {
  const at = x(Date.parse(`${d}T00:00:00Z`));
  const anchor = last === first ? "middle" : at <= PAD.left + 1 ? "start" : at >= PAD.left + plotW - 1 ? "end" : "middle";
  return html`<line class="axis" x1="${at.toFixed(1)}" y1="${H - PAD.bottom}" x2="${at.toFixed(1)}" y2="${H - PAD.bottom + 4}"/><text class="tick" x="${at.toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="${anchor}">${longDate(d)}</text>
`;
})}${series.map((s) => html`<g class="series series-${s.i % DASHES.length}">
${s.points.length > 1 ? html`<polyline class="line" stroke-dasharray="${DASHES[s.i % DASHES.length]}" points="${s.points.map(({ f, day }) => `${x(day).toFixed(1)},${y(f.value).toFixed(1)}`).join(" ")}"/>` : ""}
${s.points.map(({ f, day }) => {
  const cx = x(day);
  const cy = y(f.value);
  const lowY = f.low === null ? H - PAD.bottom : y(f.low);
  const highY = f.high === null ? PAD.top : y(f.high);
  const open = f.low === null || f.high === null;
  const key = keyOf(f, day);
  const stack = labelled.get(key) ?? 0;
  labelled.set(key, stack + 1);
  return html`${f.low !== f.high ? html`<line class="interval${open ? " open" : ""}" x1="${cx.toFixed(1)}" y1="${lowY.toFixed(1)}" x2="${cx.toFixed(1)}" y2="${highY.toFixed(1)}"/>` : ""}${marker(SHAPES[s.i % SHAPES.length]!, cx, cy)}<text class="point-label" x="${(cx + 8).toFixed(1)}" y="${labelY(key, cy, stack).toFixed(1)}">${compact(f.value)} ${s.name}</text>
`;
})}</g>
`)}</svg>
<ul class="chart-legend">${series.map((s) => html`<li><svg width="34" height="12" aria-hidden="true" class="series series-${s.i % DASHES.length}"><line class="line" x1="1" y1="6" x2="33" y2="6" stroke-dasharray="${DASHES[s.i % DASHES.length]}"/>${marker(SHAPES[s.i % SHAPES.length]!, 17, 6)}</svg> ${s.name}</li>`)}</ul>
<figcaption>${summary}</figcaption>
</figure>
`;
}

function marker(shape: (typeof SHAPES)[number], cx: number, cy: number): Html {
  const [a, b] = [cx.toFixed(1), cy.toFixed(1)];
  if (shape === "circle") return html`<circle class="point" cx="${a}" cy="${b}" r="4"/>`;
  if (shape === "square") return html`<rect class="point" x="${(cx - 3.5).toFixed(1)}" y="${(cy - 3.5).toFixed(1)}" width="7" height="7"/>`;
  const pts = shape === "triangle" ? [[cx, cy - 5], [cx + 4.5, cy + 3.5], [cx - 4.5, cy + 3.5]] : [[cx, cy - 5], [cx + 5, cy], [cx, cy + 5], [cx - 5, cy]];
  return html`<polygon class="point" points="${raw(pts.map(([p, q]) => `${p!.toFixed(1)},${q!.toFixed(1)}`).join(" "))}"/>`;
}

/** Round ticks from 0 to at least `highest`: 0, 1m, 2m, 3m, 4m for 3.5m. */
export function roundTicks(highest: number): number[] {
  if (!(highest > 0)) return [0, 1];
  const rough = highest / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const ticks: number[] = [];
  for (let t = 0; t < highest + step; t += step) ticks.push(+t.toPrecision(12));
  return ticks;
}

/** 3500000 -> "3.5m"; 2200 -> "2,200". */
function compact(n: number): string {
  if (n >= 1e9) return `${+(n / 1e9).toFixed(2)}bn`;
  if (n >= 1e6) return `${+(n / 1e6).toFixed(2)}m`;
  return n % 1 ? n.toLocaleString("en", { maximumFractionDigits: 2 }) : Math.round(n).toLocaleString("en");
}
