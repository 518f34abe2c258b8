import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { docxText } from '../../main/services/attachmentDocx';
import { writeBeoordeling } from '../../main/vault/repositories/beoordeling';
import { briefInhoud } from '../../main/vault/repositories/brieven';
import { EMPTY_BEOORDELING, type Beoordeling, type Bevinding } from '../../src/domain/beoordeling';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';
import type { CallInput } from '../../src/contract';
import { zienswijzeStapGedaan } from '../support/zienswijzeStap';

/*
 * Issue 19 items 13 and 14, through the dispatcher:
 * - art. 4 lid 1 Wet Bibob: the refusal to complete the questionnaire counts as ernstig gevaar only "indien
 *   toepassing wordt gegeven aan artikel 7a, derde lid" (a revocation investigation) and only for the holder;
 * - art. 7a lid 7 with art. 11a lid 2 sub b: the melding names only the persons (lid 1 onder b–f) whose own
 *   offences underlie the conclusion; an acquitted fact never counts (art. 3a lid 3); a lid-8 melding carries no
 *   conclusion of danger.
 */

afterEach(removeTempFolders);

let app: App;

beforeEach(async () => {
  app = testApp(tempFolder('melding'), { now: () => new Date('2027-03-01T09:00:00Z') });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
  await callOk(app, 'briefhoofd.update', {
    briefhoofd: { gemeente: 'Gemeente Proef', adres: 'Postbus 1\n1000 AA Proef', ondertekenaar: 'A. Burgemeester', functie: 'de burgemeester van Proef', contact: '14 000', bezwaarAdres: 'Postbus 2\n1000 AB Proef' },
  });
});

async function horeca(besluitsoort: string): Promise<{ dossierId: string; aanvrager: string; add: (naam: string, rol: CallInput<'betrokkenen.add'>['rol']) => Promise<string> }> {
  const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Eetcafé Melding B.V.', besluitsoort, ontvangenOp: '2027-01-04', aanvragerAdres: 'Marktplein 5\n1234 AB Proefstad' });
  const detail = await callOk(app, 'dossiers.get', { id: dossier.id });
  const add = async (naam: string, rol: CallInput<'betrokkenen.add'>['rol']): Promise<string> => {
    const added = await callOk(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'persoon', naam } }, rol });
    return added.betrokkenen.find((b) => b.betrokkene.naam === naam)!.betrokkene.id;
  };
  return { dossierId: dossier.id, aanvrager: detail.betrokkenen[0]!.betrokkene.id, add };
}

const bevinding = (id: string, betrokkeneId: string, soort: Bevinding['soort'], omschrijving: string): Bevinding => ({ id, betrokkeneId, soort, omschrijving, bron: 'Justitiële documentatie', datum: '2024-05-01', ernst: 'aanzienlijk' });
const weigering = (betrokkeneId: string) => bevinding('w', betrokkeneId, 'weigering-vragenformulier', 'De houder weigert het vragenformulier in te vullen.');

async function meldingTekst(dossierId: string): Promise<string> {
  const view = await callOk(app, 'brieven.maak', { dossierId, soort: 'melding-lbb', bronId: null, invoer: {}, doorbrekingen: [] });
  const bytes = briefInhoud(app.vault.database(), view.brieven.at(-1)!.id)!;
  const source = { size: bytes.length, read: (offset: number, length: number) => bytes.subarray(offset, offset + length), parts: function* (start: number, end: number) { yield bytes.subarray(start, end); } };
  return (await docxText(source, 'melding.docx', 5_000_000)).tekst;
}

describe('art. 4 lid 1 only in a revocation and only for the holder (issue 19 item 13)', () => {
  it('in an application, a questionnaire refusal is refused as a finding, and a stored one makes no ernstig gevaar and no melding', async () => {
    const { dossierId, aanvrager } = await horeca('alcoholwetvergunning');
    const refused = await call(app, 'beoordeling.save', { dossierId, beoordeling: { ...EMPTY_BEOORDELING, bevindingen: [weigering(aanvrager)] }, voorgesteldeMaatregel: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'bevindingen[0].soort', message: expect.stringContaining('art. 4 lid 1 met art. 7a lid 3') }] } } });

    // An assessment stored by an earlier version with the refusal in it: the conclusion is still not ernstig gevaar.
    writeBeoordeling(app.vault.database(), dossierId, { beoordeling: { ...EMPTY_BEOORDELING, bevindingen: [weigering(aanvrager)] }, voorgesteldeMaatregel: null, terugtrekkingVermoed: false, terugtrekkingToelichting: '' }, '2027-03-01T09:00:00Z');
    const view = await callOk(app, 'beoordeling.get', { dossierId });
    expect(view.conclusie).toBe('geen');
    expect(view.melding.vereist).toBe(false);
    expect(await call(app, 'beoordeling.recordMelding', { dossierId, gemeldOp: '2027-03-01' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(app, 'brieven.maak', { dossierId, soort: 'melding-lbb', bronId: null, invoer: {}, doorbrekingen: [] })).toMatchObject({ ok: false, error: { details: { issues: [{ path: 'melding' }] } } });
  });

  it('in a revocation, the holder’s refusal is ernstig gevaar and the melding says so; a bestuurder’s refusal is not art. 4', async () => {
    const { dossierId, aanvrager, add } = await horeca('alcoholwetvergunning-intrekking');
    const bestuurder = await add('B. Bestuurder', 'bestuurder');
    const notHolder = await call(app, 'beoordeling.save', { dossierId, beoordeling: { ...EMPTY_BEOORDELING, bevindingen: [weigering(bestuurder)] }, voorgesteldeMaatregel: null });
    expect(notHolder).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'bevindingen[0].betrokkeneId', message: expect.stringContaining('art. 4 lid 1') }] } } });

    const saved = await callOk(app, 'beoordeling.save', { dossierId, beoordeling: { ...EMPTY_BEOORDELING, bevindingen: [weigering(aanvrager)] }, voorgesteldeMaatregel: null });
    expect(saved).toMatchObject({ conclusie: 'ernstig', melding: { vereist: true, grondslag: 'art. 7a lid 7 Wet Bibob' } });
    const tekst = await meldingTekst(dossierId);
    expect(tekst).toContain('concluderen tot ernstig gevaar');
    // The refusal is no offence: nobody else is named under art. 11a lid 2 sub b.
    expect(tekst).toContain('Aan de conclusie liggen geen strafbare feiten van andere personen dan de betrokkene ten grondslag.');
  });
});

describe('the melding names only the persons whose offences underlie the conclusion (issue 19 item 14)', () => {
  it('art. 7a lid 7: the bestuurder whose conviction carries the relation; not the acquitted shareholder, not the unrelated suspicion, not the verhuurder', async () => {
    const { dossierId, add } = await horeca('exploitatievergunning');
    const jansen = await add('J. Jansen', 'bestuurder');
    const pieters = await add('P. Pieters', 'aandeelhouder');
    const devries = await add('D. de Vries', 'verhuurder');
    const klaassen = await add('K. Klaassen', 'vermogensverschaffer');
    const beoordeling: Beoordeling = {
      ...EMPTY_BEOORDELING,
      bevindingen: [
        bevinding('j', jansen, 'veroordeling', 'Veroordeling wegens heling (2024).'),
        bevinding('p', pieters, 'vrijspraak', 'Vrijgesproken van witwassen (2023).'),
        bevinding('k', klaassen, 'verdenking', 'Verdenking van valsheid in geschrift (2025).'),
        bevinding('v', devries, 'veroordeling', 'Veroordeling wegens oplichting (2022).'),
      ],
      // Only Jansen's conviction is related to the applicant and carries the degree; De Vries's conviction is
      // related too, but he is a verhuurder — not a person of art. 11a lid 1 onder b–f.
      relaties: [
        { bevindingId: 'j', betrokkeneId: jansen, grondslag: 'a', toelichting: 'De bestuurder heeft de heling zelf begaan.' },
        { bevindingId: 'v', betrokkeneId: devries, grondslag: 'a', toelichting: 'De verhuurder heeft de oplichting zelf begaan.' },
      ],
      gevaar: [
        { grond: 'a', mate: 'mindere-mate', factoren: ['lid2-a', 'lid2-c'], motivering: 'Heling door de bestuurder, niet recent.' },
        { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
      ],
    };
    await callOk(app, 'beoordeling.save', { dossierId, beoordeling, voorgesteldeMaatregel: null });
    const tekst = await meldingTekst(dossierId);
    expect(tekst).toContain('concluderen tot mindere mate van gevaar');
    expect(tekst).toContain('J. Jansen');
    for (const naam of ['P. Pieters', 'K. Klaassen', 'D. de Vries']) expect(tekst).not.toContain(naam);
  });

  it('art. 7a lid 8 alone: no conclusion of danger and nobody named under art. 11a lid 2 sub b', async () => {
    const { dossierId, add } = await horeca('exploitatievergunning');
    const jansen = await add('J. Jansen', 'bestuurder');
    await callOk(app, 'beoordeling.save', { dossierId, beoordeling: { ...EMPTY_BEOORDELING, bevindingen: [bevinding('j', jansen, 'verdenking', 'Verdenking van heling (2025).')] }, voorgesteldeMaatregel: null });
    await callOk(app, 'beoordeling.setTerugtrekking', { dossierId, vermoed: true, toelichting: 'De aanvrager trok zich terug een dag na de vraag naar de financier.' });
    const tekst = await meldingTekst(dossierId);
    expect(tekst).toContain('artikel 7a, achtste lid');
    expect(tekst).not.toMatch(/concluderen tot/);
    expect(tekst).toContain('Niet van toepassing: een melding op grond van artikel 7a, achtste lid, bevat geen conclusie van gevaar.');
    expect(tekst).not.toContain('J. Jansen');
  });
});

describe('schorsen of an Alcoholwet licence (Alcoholwet art. 32 lid 1; issue 19 item 11)', () => {
  const beoordeling = (houder: string, schorsingWeken?: number): Beoordeling => ({
    ...EMPTY_BEOORDELING,
    bevindingen: [bevinding('h', houder, 'veroordeling', 'Witwassen via de zaak (2025).')],
    relaties: [{ bevindingId: 'h', betrokkeneId: houder, grondslag: 'a', toelichting: 'De houder heeft het feit zelf begaan.' }],
    gevaar: [
      { grond: 'a', mate: 'ernstig', factoren: ['lid2-a', 'lid2-c'], motivering: 'Recente witwasveroordeling van de houder.' },
      { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
    ],
    evenredigheid: 'Een schorsing van vier weken volstaat; intrekken gaat verder dan nodig.',
    ...(schorsingWeken === undefined ? {} : { schorsingWeken }),
  });

  it('is offered for the Alcoholwet licence only, needs at most 12 weeks, and the besluit suspends for that long on art. 32 lid 1', async () => {
    const apv = await horeca('exploitatievergunning-intrekking');
    expect((await callOk(app, 'beoordeling.get', { dossierId: apv.dossierId })).maatregelen).not.toContain('schorsen');
    expect(await call(app, 'beoordeling.save', { dossierId: apv.dossierId, beoordeling: beoordeling(apv.aanvrager, 4), voorgesteldeMaatregel: 'schorsen' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'maatregel', message: expect.stringContaining('art. 32 lid 1 Alcoholwet') }] } },
    });

    const { dossierId, aanvrager } = await horeca('alcoholwetvergunning-intrekking');
    expect((await callOk(app, 'beoordeling.get', { dossierId })).maatregelen).toContain('schorsen');
    expect(await call(app, 'beoordeling.save', { dossierId, beoordeling: beoordeling(aanvrager, 13), voorgesteldeMaatregel: 'schorsen' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: 'schorsingWeken' }] } },
    });
    await callOk(app, 'beoordeling.save', { dossierId, beoordeling: beoordeling(aanvrager, 4), voorgesteldeMaatregel: 'schorsen' });
    const zienswijze = await callOk(app, 'zienswijze.get', { dossierId });
    expect(zienswijze).toMatchObject({ vereist: true, legalBasis: 'art. 33 lid 1 Wet Bibob' });
    await zienswijzeStapGedaan(app, dossierId);

    const view = await callOk(app, 'brieven.maak', { dossierId, soort: 'besluit', bronId: null, invoer: {}, doorbrekingen: [] });
    const bytes = briefInhoud(app.vault.database(), view.brieven.at(-1)!.id)!;
    const source = { size: bytes.length, read: (offset: number, length: number) => bytes.subarray(offset, offset + length), parts: function* (start: number, end: number) { yield bytes.subarray(start, end); } };
    const tekst = (await docxText(source, 'besluit.docx', 5_000_000)).tekst;
    expect(tekst).toContain('Ik schors de alcoholwetvergunning van Eetcafé Melding B.V. voor 4 weken (artikel 32, eerste lid, van de Alcoholwet).');
    expect(tekst).toContain('artikel 3 van de Wet Bibob in samenhang met artikel 32, eerste lid, van de Alcoholwet en artikel 31, derde lid, onder a, van de Alcoholwet');
  });
});

describe('changing Bibob voorschriften of a permit already given (art. 3 lid 7 Wet Bibob; Ow 5.40 lid 1 onder b)', () => {
  it('is offered for a permit already given only, and the besluit changes them on art. 3 lid 7 with Ow 5.40 lid 1 onder b', async () => {
    const aanvraag = await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Bouw Proef B.V.', besluitsoort: 'omgevingsvergunning', ontvangenOp: '2027-01-04' });
    expect((await callOk(app, 'beoordeling.get', { dossierId: aanvraag.id })).maatregelen).not.toContain('voorschriften-wijzigen');

    const dossier = await callOk(app, 'dossiers.create', { toepassingsgebied: 'wabo', aanvragerNaam: 'Bouw Proef B.V.', besluitsoort: 'omgevingsvergunning-intrekking', aanvragerAdres: 'Bouwweg 1\n1234 CD Proefstad' });
    const detail = await callOk(app, 'dossiers.get', { id: dossier.id });
    const houder = detail.betrokkenen[0]!.betrokkene.id;
    expect((await callOk(app, 'beoordeling.get', { dossierId: dossier.id })).maatregelen).toContain('voorschriften-wijzigen');
    const beoordeling: Beoordeling = {
      ...EMPTY_BEOORDELING,
      bevindingen: [bevinding('h', houder, 'veroordeling', 'Heling (2021).')],
      relaties: [{ bevindingId: 'h', betrokkeneId: houder, grondslag: 'a', toelichting: 'De houder heeft het feit zelf begaan.' }],
      gevaar: [
        { grond: 'a', mate: 'mindere-mate', factoren: ['lid2-a', 'lid2-c'], motivering: 'Eén oude veroordeling voor heling.' },
        { grond: 'b', mate: 'geen', factoren: [], motivering: '' },
      ],
      voorschriften: [{ voorschriftId: null, tekst: 'Meld elke nieuwe financier vooraf aan het college.', wegneemtGevaar: 'het gevaar van crimineel geld via een financier' }],
    };
    await callOk(app, 'beoordeling.save', { dossierId: dossier.id, beoordeling, voorgesteldeMaatregel: 'voorschriften-wijzigen' });
    await zienswijzeStapGedaan(app, dossier.id);
    const view = await callOk(app, 'brieven.maak', { dossierId: dossier.id, soort: 'besluit', bronId: null, invoer: {}, doorbrekingen: [] });
    const bytes = briefInhoud(app.vault.database(), view.brieven.at(-1)!.id)!;
    const source = { size: bytes.length, read: (offset: number, length: number) => bytes.subarray(offset, offset + length), parts: function* (start: number, end: number) { yield bytes.subarray(start, end); } };
    const tekst = (await docxText(source, 'besluit.docx', 5_000_000)).tekst;
    expect(tekst).toContain('Wij wijzigen de voorschriften die op grond van artikel 3, zevende lid, van de Wet Bibob aan de vergunning van Bouw Proef B.V. zijn verbonden.');
    expect(tekst).toContain('artikel 3, zevende lid, van de Wet Bibob in samenhang met artikel 5.40, eerste lid, onder b, van de Omgevingswet');
    expect(tekst).toContain('Meld elke nieuwe financier vooraf aan het college.');
  });
});

describe('the dossier details refuse an outcome its kind of decision does not allow', () => {
  it('schorsen for an APV permit is refused at the outcome field', async () => {
    const { dossierId } = await horeca('exploitatievergunning-intrekking');
    const details = { besluitsoort: 'exploitatievergunning-intrekking', ontvangenOp: null, locatieAdres: '', bagId: null, coordinator: '', notities: '' };
    expect(await call(app, 'dossiers.update', { id: dossierId, details: { ...details, uitkomst: 'schorsen' } })).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { issues: [{ path: 'details.uitkomst' }] } } });
    await callOk(app, 'dossiers.update', { id: dossierId, details: { ...details, uitkomst: 'voorschriften-wijzigen' } });
  });
});
