/** A calendar date as the reader sees it, machine-readable for feeds and assistive tech. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function DateText({ date }: { date: string }) {
  return <time dateTime={date}>{formatDay(date)}</time>;
}
