import { describe, expect, it } from 'vitest';
import {
  checkPayload,
  CIRCULAR_MESSAGE,
  CONTROL_CHARACTER_MESSAGE,
  DECEPTIVE_CHARACTER_MESSAGE,
  isIdentifierField,
  normalizeText,
  NOT_PLAIN_MESSAGE,
  TOO_DEEP_MESSAGE,
} from '../../src/contract/payloadCheck';
import { xmlSafe, xmlSafeText } from '../../main/letters/xmlText';
import { briefNaarDocx } from '../../main/letters/docxWriter';
import { rapportNaarDocx } from '../../main/letters/rapportDocx';
import { STANDAARD_HUISSTIJL } from '../../src/domain/brieven';
import { jaarverslag, STANDAARD_EFFECT } from '../../src/domain/rapportage';
import { docxText } from '../../main/services/attachmentDocx';
import { docxXmlProblems, xmlProblem } from '../support/xmlWellFormed';

describe('the text rule of every payload', () => {
  it.each([
    ['plain text', 'Eetcafé De Brug B.V.', 'Eetcafé De Brug B.V.'],
    ['tab, line feed and carriage return stay', 'a\tb\nc\r\nd', 'a\tb\nc\r\nd'],
    ['vertical tab becomes a line feed', 'regel 1\u000bregel 2', 'regel 1\nregel 2'],
    ['form feed becomes a line feed', 'pagina 1\u000cpagina 2', 'pagina 1\npagina 2'],
    ['NUL is refused', 'a\u0000b', null],
    ['SOH is refused', 'a\u0001b', null],
    ['ESC is refused', 'a\u001b[31mrood', null],
    ['DEL is refused', 'a\u007fb', null],
    ['a C1 control (NEL) is refused', 'a\u0085b', null],
    ['a C1 control (CSI) is refused', 'a\u009bb', null],
    ['U+FFFE is refused', 'a\ufffeb', null],
    ['U+FFFF is refused', 'a\uffffb', null],
    ['an unpaired high surrogate is refused', 'a\ud800b', null],
    ['an unpaired low surrogate is refused', 'a\udc00b', null],
    ['a surrogate pair (emoji) stays', 'goed 👍', 'goed 👍'],
    ['a bidi override in free text stays', 'zie \u202etekst', 'zie \u202etekst'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['naam', true],
    ['aanvragerNaam', true],
    ['geadresseerdeNaam', true],
    ['kvkNummer', true],
    ['aanvragerBsn', true],
    ['bsn', true],
    ['zaaknummer', true],
    ['zaaknummerPrefix', true],
    ['kenmerk', true],
    ['ontvanger', true],
    ['handelsnamen', true],
    ['verstrekkendOrgaan', true],
    ['dossierId', true],
    ['betrokkeneIds', true],
    ['omschrijving', false],
    ['toelichting', false],
    ['evenredigheid', false],
    ['idleTimeoutMinutes', false],
    ['notitie', false],
    ['titel', false],
  ])('%s is a name or identifier: %s', (field, expected) => {
    expect(isIdentifierField(field)).toBe(expected);
  });

  it('normalises every string of a payload, nested in objects and arrays, and keeps the rest', () => {
    const result = checkPayload({ ontbrekend: [{ omschrijving: 'KvK-uittreksel\u000cvan 2026', waarom: 'art. 4:2 Awb' }], weken: 2, vlag: true, leeg: null, later: undefined });
    expect(result).toEqual({ ok: true, value: { ontbrekend: [{ omschrijving: 'KvK-uittreksel\nvan 2026', waarom: 'art. 4:2 Awb' }], weken: 2, vlag: true, leeg: null, later: undefined } });
  });

  it('refuses a control character at its field, with a Dutch message', () => {
    expect(checkPayload({ dossierId: 'x', ontbrekend: [{ omschrijving: 'ok', waarom: 'a\u0000b' }] })).toEqual({
      ok: false,
      issues: [{ path: 'ontbrekend.0.waarom', message: CONTROL_CHARACTER_MESSAGE }],
    });
  });

  it.each([
    ['bidi override', 'Jan\u202e Jansen'],
    ['bidi isolate', 'Jan \u2067Jansen\u2069'],
    ['zero-width space', 'Jan\u200bJansen'],
    ['zero-width joiner', 'Jan\u200dJansen'],
    ['word joiner', 'Jan\u2060Jansen'],
    ['byte order mark', '\ufeffJan Jansen'],
  ])('refuses a %s in a name, but not in free text', (_, text) => {
    expect(checkPayload({ wie: { nieuw: { naam: text } }, toelichting: text })).toEqual({ ok: false, issues: [{ path: 'wie.nieuw.naam', message: DECEPTIVE_CHARACTER_MESSAGE }] });
    expect(checkPayload({ toelichting: text })).toEqual({ ok: true, value: { toelichting: text } });
  });

  it('passes passphrases and recovery keys on exactly as typed', () => {
    expect(checkPayload({ passphrase: 'geheim\u000bgeheim\u0000' })).toEqual({ ok: true, value: { passphrase: 'geheim\u000bgeheim\u0000' } });
    expect(checkPayload({ recoveryKey: 'ABCD\u000c' })).toEqual({ ok: true, value: { recoveryKey: 'ABCD\u000c' } });
  });

  const circular: Record<string, unknown> = { a: 1 };
  circular.zelf = circular;
  class Gegevens {
    naam = 'A';
  }
  it.each([
    ['BigInt', { soort: 1n }, 'soort', NOT_PLAIN_MESSAGE],
    ['symbol', { soort: Symbol('x') }, 'soort', NOT_PLAIN_MESSAGE],
    ['function', { soort: () => 1 }, 'soort', NOT_PLAIN_MESSAGE],
    ['Date at the top', new Date(), '', NOT_PLAIN_MESSAGE],
    ['Date in a field', { op: new Date() }, 'op', NOT_PLAIN_MESSAGE],
    ['Map', new Map([['a', 1]]), '', NOT_PLAIN_MESSAGE],
    ['Set', { ids: new Set(['a']) }, 'ids', NOT_PLAIN_MESSAGE],
    ['RegExp', /x/, '', NOT_PLAIN_MESSAGE],
    ['Error', { fout: new Error('x') }, 'fout', NOT_PLAIN_MESSAGE],
    ['class instance', { gegevens: new Gegevens() }, 'gegevens', NOT_PLAIN_MESSAGE],
    ['Uint8Array', { bytes: new Uint8Array(2) }, 'bytes', NOT_PLAIN_MESSAGE],
    ['circular object', circular, 'zelf', CIRCULAR_MESSAGE],
  ])('refuses a %s', (_, payload, path, message) => {
    expect(checkPayload(payload)).toEqual({ ok: false, issues: [{ path, message }] });
  });

  it('accepts an object without prototype and the same object twice (not circular)', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 'x' });
    const shared = { b: 'y' };
    expect(checkPayload({ bare, een: shared, twee: shared })).toMatchObject({ ok: true });
  });

  it('refuses a payload nested deeper than any call takes', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i += 1) deep = { a: deep };
    const result = checkPayload(deep);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toBe(TOO_DEEP_MESSAGE);
  });

  it('keeps a key "__proto__" as a key, so the schema refuses it as unknown', () => {
    const result = checkPayload(JSON.parse('{"__proto__": {"x": 1}}'));
    expect(result.ok && Object.keys(result.value as object)).toEqual(['__proto__']);
  });
});

describe('the Word writers never emit a character XML 1.0 forbids', () => {
  const every = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('') + '\u007f\u0085\ufffe\uffff\ud800x\udc00';
  it('leaves forbidden characters out, turns VT and FF into line feeds and keeps what XML allows', () => {
    expect(xmlSafeText(`a${every}b`)).toBe('a\t\n\n\n\r\u007f\u0085\ufffdx\ufffdb');
    expect(xmlProblem(`<p>${xmlSafeText(every)}</p>`)).toBeNull();
    expect(xmlProblem(`<p>${every}</p>`)).not.toBeNull();
  });

  it('cleans every string of the data of a letter, nested, and keeps numbers and booleans', () => {
    expect(xmlSafe({ titel: 'A\u0001', blokken: [{ soort: 'lijst', items: ['x\u001b', 'y'] }], vertrouwelijk: true, n: 3 })).toEqual({
      titel: 'A',
      blokken: [{ soort: 'lijst', items: ['x', 'y'] }],
      vertrouwelijk: true,
      n: 3,
    });
  });

  const controls = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('') + '\ufffe\ud800';

  it('a letter with every control character in every text is a well-formed document that still holds the text', async () => {
    const docx = await briefNaarDocx(
      { titel: `Intern advies${controls}`, vertrouwelijk: true, blokken: [{ soort: 'kop', tekst: `Kop${controls}` }, { soort: 'alinea', tekst: `Alinea\u000bmet${controls}` }, { soort: 'lijst', items: [`Punt${controls}`] }] },
      {
        kenmerk: `BIBOB-2026-001${controls}`,
        huisstijl: STANDAARD_HUISSTIJL,
        omslag: {
          briefhoofd: { gemeente: `Proefstad${controls}`, adres: 'Postbus 1\n1234 AB', ondertekenaar: 'J.\u0000', functie: 'burgemeester', contact: '14 071', bezwaarAdres: '', huisstijl: STANDAARD_HUISSTIJL },
          geadresseerde: ['Bouw B.V.\u0001'],
          datum: '1 maart 2027',
          kenmerk: 'BIBOB-2026-001\u001b',
          onderwerp: 'Herstelverzoek\u000c',
        },
      },
    );
    expect(await docxXmlProblems(docx)).toEqual({});
    const source = { size: docx.length, read: (offset: number, length: number) => docx.subarray(offset, offset + length), parts: function* (start: number, end: number) { yield docx.subarray(start, end); } };
    const tekst = (await docxText(source, 'brief.docx', 5_000_000)).tekst;
    for (const deel of ['Kop', 'Alinea', 'Punt', 'Proefstad', 'Bouw B.V.']) expect(tekst).toContain(deel);
  });

  it('the annual report with a control character in a chart title is a well-formed document', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const verslag = jaarverslag({ jaar: 2026, dossiers: [], verzoeken: [], meldingen: [], definitie: STANDAARD_EFFECT });
    const docx = await rapportNaarDocx({ gemeente: `Proefstad${controls}`, verslagen: [verslag], grafieken: [{ titel: `Gestart per maand${controls}`, png }] });
    expect(await docxXmlProblems(docx)).toEqual({});
  });
});
