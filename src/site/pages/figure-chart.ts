// A small inline SVG chart of a group whose figure changes over time: one mark per figure at its
// date, a bar for the interval its words allow, an arrow where the interval is open.
import type { FigureRecord } from "../../briefing/model.ts";
import { html, type Html } from "../html.ts";
import { longDate } from "../format.ts";

const W = 360;
const H = 150;
const PAD = { left: 64, right: 16, top: 12, bottom: 28 };

export function trendChart(label: string, figures: FigureRecord[]): Html {
  const days = figures.map((f) => Date.parse(`${f.asOf}T00:00:00Z`));
  // loops, not Math.min(...days): a large group would overflow the call stack
  let first = Infinity;
  let last = -Infinity;
  let highest = 0;
  figures.forEach((f, i) => {
    first = Math.min(first, days[i]!);
    last = Math.max(last, days[i]!);
    highest = Math.max(highest, f.value, f.high ?? 0, f.low ?? 0);
  });
  const top = highest * 1.15 || 1;
  const x = (day: number) => PAD.left + (last === first ? 0.5 : (day - first) / (last - first)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  const ordered = figures.map((f, i) => ({ f, day: days[i]! })).sort((a, b) => a.day - b.day);
  const summary = ordered.map(({ f }) => `${f.text} (${longDate(f.asOf)})`).join("; ");
  return html`<figure class="figure-chart">
<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${`${label} over time: ${summary}`}">
<line class="axis" x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}"/>
<line class="axis" x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${H - PAD.bottom}"/>
<text class="tick" x="${PAD.left - 6}" y="${y(top / 1.15) + 4}" text-anchor="end">${compact(top / 1.15)}</text>
<text class="tick" x="${PAD.left - 6}" y="${H - PAD.bottom + 4}" text-anchor="end">0</text>
<text class="tick" x="${x(first)}" y="${H - 8}" text-anchor="start">${longDate(ordered[0]!.f.asOf)}</text>
${last !== first ? html`<text class="tick" x="${x(last)}" y="${H - 8}" text-anchor="end">${longDate(ordered[ordered.length - 1]!.f.asOf)}</text>` : ""}
${ordered.length > 1 ? html`<polyline class="trend" points="${ordered.map(({ f, day }) => `${x(day).toFixed(1)},${y(f.value).toFixed(1)}`).join(" ")}"/>` : ""}
${ordered.map(({ f, day }) => {
  const cx = x(day).toFixed(1);
  const lowY = f.low === null ? H - PAD.bottom : y(f.low);
  const highY = f.high === null ? PAD.top : y(f.high);
  const open = f.low === null || f.high === null;
  return html`${f.low !== f.high ? html`<line class="interval${open ? " open" : ""}" x1="${cx}" y1="${lowY.toFixed(1)}" x2="${cx}" y2="${highY.toFixed(1)}"/>` : ""}<circle class="point" cx="${cx}" cy="${y(f.value).toFixed(1)}" r="4"/>`;
})}
</svg>
<figcaption>${summary}</figcaption>
</figure>
`;
}

/** 3500000 -> "3.5m"; 2200 -> "2,200". */
function compact(n: number): string {
  if (n >= 1e9) return `${+(n / 1e9).toFixed(1)}bn`;
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)}m`;
  return Math.round(n).toLocaleString("en");
}
