/**
 * A calendar file (RFC 5545) of agenda items for the coordinator's own calendar: one all-day VEVENT per term,
 * its SUMMARY only the zaaknummer and the kind of term (no names, no addresses). Lines end in CRLF and are folded
 * at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character.
 */
import { agendaSoortLabels, type AgendaItem } from './agenda';
import { addDays, type IsoDate } from './calendar';

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped in TEXT. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** RFC 5545 §3.1: a line longer than 75 octets continues on the next line after CRLF and one space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation line starts with a space, so it holds 74 more.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: IsoDate): string => date.replace(/-/g, '');

/** `stamp`: the moment of export (DTSTAMP, UTC). The UID is unique per item: dossier, kind, date and a counter for
 * two terms of one kind on one day (two zienswijze invitations). */
export function agendaIcs(items: readonly AgendaItem[], stamp: Date): string {
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bibob Werkbank//Agenda//NL', 'CALSCALE:GREGORIAN'];
  const seen = new Map<string, number>();
  for (const item of items) {
    const key = `${item.dossierId}-${item.soort}-${compact(item.datum)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${key}-${n}@bibob-werkbank`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(item.datum)}`,
      `DTEND;VALUE=DATE:${compact(addDays(item.datum, 1))}`,
      `SUMMARY:${escapeText(`${item.zaaknummer} – ${agendaSoortLabels[item.soort]}`)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
