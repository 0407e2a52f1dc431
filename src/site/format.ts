// Dates and addresses as a reader wants to see them.

const LONG = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
const WEEKDAY = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" });
const MONTH = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "long", year: "numeric" });

const utc = (isoDate: string) => new Date(`${isoDate.length === 7 ? `${isoDate}-01` : isoDate}T00:00:00Z`);

/** 2022-03-07 -> "7 March 2022" */
export const longDate = (isoDate: string) => LONG.format(utc(isoDate));
/** 2022-03-07 -> "Monday 7 March 2022" */
export const dayDate = (isoDate: string) => WEEKDAY.format(utc(isoDate)).replace(",", "");
/** 2022-03 -> "March 2022" */
export const monthName = (month: string) => MONTH.format(utc(month));

export function period(from: string, to: string): string {
  return from === to ? longDate(from) : `${longDate(from)} – ${longDate(to)}`;
}

/** https://www.example.com/news/a/very/long/path?x=1 -> "example.com/news/a/very/lo…" */
export function shortUrl(url: string, max = 48): string {
  let shown: string;
  try {
    const u = new URL(url);
    shown = u.hostname.replace(/^www\./, "") + (u.pathname === "/" ? "" : u.pathname) + u.search;
  } catch {
    shown = url;
  }
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
