// The next number of an order in the school's register: after «45-о» comes «46-о», after «7»
// comes «8». The number keeps the shape of the highest one (prefix, leading zeros, suffix).

const NUMBERED = /^(\D*?)(\d+)(.*)$/;

export function nextOrderNumber(existing: readonly string[]): string {
  let best: { prefix: string; digits: string; suffix: string; value: number } | null = null;
  for (const raw of existing) {
    const text = raw.replace(/^№\s*/, '').trim();
    const match = NUMBERED.exec(text);
    if (!match) continue;
    const value = Number(match[2]);
    if (!best || value >= best.value) best = { prefix: match[1], digits: match[2], suffix: match[3], value };
  }
  if (!best) return '1';
  const next = String(best.value + 1).padStart(best.digits.length, '0');
  return `${best.prefix}${next}${best.suffix}`;
}
