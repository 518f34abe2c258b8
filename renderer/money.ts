/**
 * An amount typed in Dutch ("150.000", "150.000,50", "1500,5", "€ 2.500") as whole euro cents, or null when it is no
 * amount. A dot groups thousands and a comma starts the cents, as a Dutch coordinator writes them; a lone dot
 * followed by one or two digits ("12.5") is read as a decimal point, the way a spreadsheet may paste it.
 */
export function parseEuroToCents(text: string): number | null {
  const cleaned = text.replace(/[€\s]/g, '');
  if (cleaned === '') return null;
  let euros: string;
  let cents = '';
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(cleaned) || /^\d+(,\d{1,2})?$/.test(cleaned)) {
    [euros, cents = ''] = cleaned.replace(/\./g, '').split(',') as [string, string?];
  } else if (/^\d+\.\d{1,2}$/.test(cleaned)) {
    [euros, cents = ''] = cleaned.split('.') as [string, string?];
  } else {
    return null;
  }
  const value = Number(euros) * 100 + Number(cents.padEnd(2, '0') || '0');
  return Number.isSafeInteger(value) ? value : null;
}
