import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../main/app';
import { removeTempFolders, tempFolder } from '../support/tempFolders';
import { PASSPHRASE, call, testApp } from '../support/testVault';
import { callOk } from '../support/call';

afterEach(removeTempFolders);

let app: App;
const UUID = '00000000-0000-4000-8000-000000000000';
const BSN = '111222333';
const OTHER_BSN = '123456782';

beforeEach(async () => {
  app = testApp(tempFolder('betrokkene-correctie'), { now: () => new Date('2027-01-04T09:00:00Z') });
  await callOk(app, 'vault.create', { passphrase: PASSPHRASE });
});

interface Linked {
  betrokkene: { id: string; naam: string; adres: string; bsnGemaskeerd: string | null };
  rollen: { rol: string }[];
}

async function newDossier(extra: Record<string, unknown> = {}) {
  return callOk(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Cafe De Hoek B.V.', ...extra });
}

async function aanvragerOf(dossierId: string) {
  const detail = await callOk(app, 'dossiers.get', { id: dossierId });
  return detail.betrokkenen.find((b) => b.rollen.some((r) => r.rol === 'aanvrager'))!.betrokkene;
}

async function addPersoon(dossierId: string, naam: string, bsn?: string, bevestigNieuw?: boolean) {
  return call(app, 'betrokkenen.add', { dossierId, wie: { nieuw: { soort: 'persoon', naam, ...(bsn ? { bsn } : {}) }, ...(bevestigNieuw ? { bevestigNieuw } : {}) }, rol: 'bestuurder' });
}

describe('correcting a betrokkene', () => {
  it('corrects name and address, the overview follows and the audit trail holds old → new and the reason', async () => {
    const dossier = await newDossier({ aanvragerNaam: 'Cafe De Hoke B.V.' });
    const aanvrager = await aanvragerOf(dossier.id);
    const out = await callOk(app, 'betrokkenen.update', {
      betrokkeneId: aanvrager.id,
      dossierId: dossier.id,
      gegevens: { soort: 'rechtspersoon', naam: 'Cafe De Hoek B.V.', adres: 'Markt 1, 1234 AB Utrecht' },
      reden: 'Typefout in de naam bij intake.',
    });
    expect(out.betrokkene).toMatchObject({ naam: 'Cafe De Hoek B.V.', adres: 'Markt 1, 1234 AB Utrecht' });
    const list = await callOk(app, 'dossiers.list', {});
    expect(list.dossiers.find((d) => d.id === dossier.id)!.aanvragerNaam).toBe('Cafe De Hoek B.V.');
    const detail = await callOk(app, 'dossiers.get', { id: dossier.id });
    expect(detail.dossier.aanvragerNaam).toBe('Cafe De Hoek B.V.');
    const audit = await callOk(app, 'audit.forDossier', { dossierId: dossier.id });
    const entry = audit.entries.find((e) => e.action === 'betrokkene.gecorrigeerd')!;
    const details = JSON.parse(entry.details);
    expect(details.naam).toEqual(['Cafe De Hoke B.V.', 'Cafe De Hoek B.V.']);
    expect(details.adres).toEqual(['', 'Markt 1, 1234 AB Utrecht']);
    expect(details.reden).toBe('Typefout in de naam bij intake.');
  });

  it('requires a reason and validates the payload', async () => {
    const dossier = await newDossier();
    const aanvrager = await aanvragerOf(dossier.id);
    const noReason = await call(app, 'betrokkenen.update', { betrokkeneId: aanvrager.id, gegevens: { soort: 'rechtspersoon', naam: 'X B.V.' }, reden: '  ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const bad = await call(app, 'betrokkenen.update', { betrokkeneId: 'x', gegevens: { soort: 'persoon', naam: 'X', bsn: '123' }, reden: 'r' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const missing = await call(app, 'betrokkenen.update', { betrokkeneId: UUID, gegevens: { soort: 'persoon', naam: 'X' }, reden: 'r' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('duplicates', () => {
  it('refuses a second person with the same BSN on add (also when confirmed as new) and on update', async () => {
    const dossier = await newDossier();
    const first = await addPersoon(dossier.id, 'Jan Jansen', BSN);
    expect(first.ok).toBe(true);
    const again = await addPersoon(dossier.id, 'Piet Pietersen', BSN);
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Er is al een betrokkene met dit BSN: Jan Jansen') } });
    const confirmed = await addPersoon(dossier.id, 'Piet Pietersen', BSN, true);
    expect(confirmed).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const jan = (first as { value: { betrokkenen: Linked[] } }).value.betrokkenen.find((b) => b.betrokkene.naam === 'Jan Jansen')!.betrokkene;
    expect(!confirmed.ok && (confirmed.error.details as { bestaandeId: string }).bestaandeId).toBe(jan.id);

    const piet = await addPersoon(dossier.id, 'Piet Pietersen', OTHER_BSN);
    const pietId = (piet as { value: { betrokkenen: Linked[] } }).value.betrokkenen.find((b) => b.betrokkene.naam === 'Piet Pietersen')!.betrokkene.id;
    const update = await call(app, 'betrokkenen.update', { betrokkeneId: pietId, gegevens: { soort: 'persoon', naam: 'Piet Pietersen', bsn: BSN }, reden: 'BSN verkeerd' });
    expect(update).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { bestaandeId: jan.id } } });
    // Correcting the own record without giving the BSN keeps it and is no conflict with itself.
    const own = await call(app, 'betrokkenen.update', { betrokkeneId: jan.id, gegevens: { soort: 'persoon', naam: 'Jan Janssen' }, reden: 'Spelling' });
    expect(own.ok).toBe(true);
    expect((own as { value: { betrokkene: { bsnGemaskeerd: string } } }).value.betrokkene.bsnGemaskeerd).not.toBeNull();
  });

  it('refuses a second company with the same KvK-nummer', async () => {
    const dossier = await newDossier();
    const add = (naam: string) => call(app, 'betrokkenen.add', { dossierId: dossier.id, wie: { nieuw: { soort: 'rechtspersoon', naam, kvkNummer: '12345678' }, bevestigNieuw: true }, rol: 'bestuurder' });
    expect((await add('Holding A B.V.')).ok).toBe(true);
    expect(await add('Holding B B.V.')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('dit KvK-nummer: Holding A B.V.') } });
  });

  it('refuses the same relation twice and removes a relation with a reason, audited', async () => {
    const dossier = await newDossier();
    const out = await addPersoon(dossier.id, 'Jan Jansen', BSN);
    const linked = (out as { value: { betrokkenen: Linked[] } }).value.betrokkenen;
    const jan = linked.find((b) => b.betrokkene.naam === 'Jan Jansen')!.betrokkene;
    const cafe = linked.find((b) => b.betrokkene.naam !== 'Jan Jansen')!.betrokkene;
    const rel = { dossierId: dossier.id, vanId: jan.id, naarId: cafe.id, soort: 'bestuurder-van' as const };
    const first = await callOk(app, 'betrokkenen.relate', rel);
    expect(await call(app, 'betrokkenen.relate', rel)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call(app, 'betrokkenen.removeRelation', { relatieId: first.id, dossierId: dossier.id, reden: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await callOk(app, 'betrokkenen.removeRelation', { relatieId: first.id, dossierId: dossier.id, reden: 'Verkeerd vastgelegd.' });
    const detail = await callOk(app, 'dossiers.get', { id: dossier.id });
    expect(detail.relaties).toHaveLength(0);
    const audit = await callOk(app, 'audit.forDossier', { dossierId: dossier.id });
    const details = JSON.parse(audit.entries.find((e) => e.action === 'relatie.verwijderd')!.details);
    expect(details).toMatchObject({ soort: ['bestuurder-van', null], van: [jan.id, null], reden: 'Verkeerd vastgelegd.' });
    expect(await call(app, 'betrokkenen.removeRelation', { relatieId: first.id, reden: 'nogmaals' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('a relation in a dossier that does not exist', () => {
  it('is refused as NOT_FOUND and nothing is recorded', async () => {
    const dossier = await newDossier();
    const out = await addPersoon(dossier.id, 'Jan Jansen', BSN);
    const linked = (out as { value: { betrokkenen: Linked[] } }).value.betrokkenen;
    const [jan, cafe] = [linked.find((b) => b.betrokkene.naam === 'Jan Jansen')!.betrokkene, linked.find((b) => b.betrokkene.naam !== 'Jan Jansen')!.betrokkene];
    const onbekend = '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b';
    expect(await call(app, 'betrokkenen.relate', { dossierId: onbekend, vanId: jan.id, naarId: cafe.id, soort: 'bestuurder-van' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Dit dossier bestaat niet (meer).' } });
    expect((await callOk(app, 'dossiers.get', { id: dossier.id })).relaties).toEqual([]);
    const relatie = await callOk(app, 'betrokkenen.relate', { vanId: jan.id, naarId: cafe.id, soort: 'bestuurder-van' });
    expect(await call(app, 'betrokkenen.removeRelation', { relatieId: relatie.id, dossierId: onbekend, reden: 'Vergissing.' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('new dossier with the aanvrager’s data', () => {
  it('stores address and KvK-nummer, refuses an existing KvK-nummer and accepts bestaandeAanvragerId', async () => {
    const first = await newDossier({ aanvragerNaam: 'Cafe De Hoek B.V.', aanvragerKvkNummer: '87654321', aanvragerAdres: 'Markt 1, Utrecht' });
    const aanvrager = await aanvragerOf(first.id);
    expect(aanvrager.adres).toBe('Markt 1, Utrecht');
    const refused = await call(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'Café de Hoek', aanvragerKvkNummer: '87654321' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Cafe De Hoek B.V.'), details: { bestaandeId: aanvrager.id } } });
    const second = await newDossier({ aanvragerNaam: 'Café de Hoek', aanvragerKvkNummer: '87654321', bestaandeAanvragerId: aanvrager.id });
    expect(second.aanvragerNaam).toBe('Cafe De Hoek B.V.');
    expect((await aanvragerOf(second.id)).id).toBe(aanvrager.id);
    const badKvk = await call(app, 'dossiers.create', { toepassingsgebied: 'horeca', aanvragerNaam: 'X', aanvragerKvkNummer: '123' });
    expect(badKvk).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
