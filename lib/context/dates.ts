/** Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) compared as ranges. */

/** First day a partial date can mean. */
export const dateFloor = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
/** Last day a partial date can mean. */
export const dateCeil = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** True when `day` (YYYY-MM-DD) is within [start, end]; open ends are unbounded. */
export function within(day: string, start?: string, end?: string): boolean {
  if (start && day < dateFloor(start)) return false;
  if (end && day > dateCeil(end)) return false;
  return true;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "19 May 2024", "May 2024" or "2024". */
export function formatDate(d: string): string {
  const [y, m, day] = d.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`;
}

/** Whole days from a to b (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(dateFloor(b)) - Date.parse(dateFloor(a))) / 86_400_000);
}

/** "almost 5 years ago", "over 2 years ago", "3 months ago". */
export function describeAge(published: string, today: string): string {
  const days = daysBetween(published, today);
  if (days < 0) return 'in the future';
  if (days < 45) return days <= 1 ? 'today' : `${days} days ago`;
  const months = days / 30.44;
  if (months < 11.5) return `${Math.round(months)} months ago`;
  const years = days / 365.25;
  const whole = Math.floor(years);
  const frac = years - whole;
  if (frac >= 0.75) return `almost ${whole + 1} year${whole + 1 === 1 ? '' : 's'} ago`;
  if (frac <= 0.2) return `${whole} year${whole === 1 ? '' : 's'} ago`;
  return `over ${whole} year${whole === 1 ? '' : 's'} ago`;
}
