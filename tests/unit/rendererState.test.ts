import { describe, expect, it } from 'vitest';
import { appReducer, hasMainMenu, initialState, IDLE_LOCK_NOTICE, type Action, type AppState } from '../../renderer/state';
import type { Dossier, Settings } from '../../src/contract/schemas';

const settings: Settings = {
  dataFolder: '/data',
  idleTimeoutMinutes: 10,
  zaaknummerPrefix: 'BIBOB',
  termijnen: { decreedDays: [], apvWeeks: 8, apvExtensionWeeks: 8, apvAtw: false },
};

const dossier: Dossier = {
  id: '4f1c2d8e-4b6a-4c3e-9a1b-2c3d4e5f6a7b',
  zaaknummer: 'BIBOB-2026-001',
  toepassingsgebied: 'horeca',
  aanvragerNaam: 'Eetcafé De Brug B.V.',
  createdAt: '2026-11-23T10:00:00.000Z',
  besluitsoort: 'alcoholwetvergunning',
  ontvangenOp: '2026-11-20',
  locatieAdres: 'Breestraat 1, Leiden',
  bagId: null,
  coordinator: 'J. de Vries',
  notities: '',
  fase: 'intake',
  uitkomst: null,
  uitersteBeslisdatum: '2027-01-15',
  beslisdatumVoorlopig: false,
};

function run(...actions: Action[]): AppState {
  return actions.reduce(appReducer, initialState);
}

const unlockedWithData = run(
  { type: 'vaultStatus', state: 'locked' },
  { type: 'unlocked' },
  { type: 'idleTimeoutKnown', minutes: 10 },
  { type: 'dossiersLoaded', dossiers: [dossier] },
  { type: 'settingsLoaded', settings },
);

describe('renderer state', () => {
  it('holds the dossiers and settings while unlocked', () => {
    expect(unlockedWithData.dossiers).toEqual([dossier]);
    expect(unlockedWithData.settings).not.toBeNull();
  });

  it.each([
    ['the lock button', { type: 'locked', notice: null } as Action, null],
    ['the idle timeout', { type: 'locked', notice: IDLE_LOCK_NOTICE } as Action, IDLE_LOCK_NOTICE],
  ])('locking by %s drops every piece of vault data', (_how, action, notice) => {
    const locked = appReducer(unlockedWithData, action);
    expect(locked).toEqual({ screen: { name: 'unlock', notice }, idleTimeoutMinutes: null, dossiers: null, settings: null, dossierPaginas: {} });
    expect(JSON.stringify(locked)).not.toContain('Eetcafé');
  });

  it.each<Action>([
    { type: 'dossiersLoaded', dossiers: [dossier] },
    { type: 'settingsLoaded', settings },
    { type: 'dossierCreated', zaaknummer: 'BIBOB-2026-001' },
    { type: 'navigate', to: 'settings' },
  ])('ignores a late answer ($type) that arrives after locking', (late) => {
    const locked = appReducer(unlockedWithData, { type: 'locked', notice: null });
    expect(appReducer(locked, late)).toBe(locked);
  });

  it('returns to the page of a dossier last shown after another screen, and forgets it at locking', () => {
    const opened = appReducer(unlockedWithData, { type: 'openDossier', id: 'd1', zaaknummer: 'BIBOB-2026-001' });
    expect(opened.screen).toEqual({ name: 'dossier', id: 'd1', zaaknummer: 'BIBOB-2026-001', pagina: null });
    const beoordeling = appReducer(opened, { type: 'showDossierPagina', id: 'd1', pagina: 'beoordeling' });
    expect(beoordeling.screen).toEqual({ name: 'dossier', id: 'd1', zaaknummer: 'BIBOB-2026-001', pagina: 'beoordeling' });
    const overview = appReducer(beoordeling, { type: 'navigate', to: 'overview' });
    expect(appReducer(overview, { type: 'openDossier', id: 'd1', zaaknummer: 'BIBOB-2026-001' }).screen).toMatchObject({ pagina: 'beoordeling' });
    expect(appReducer(overview, { type: 'openDossier', id: 'd2', zaaknummer: 'BIBOB-2026-002' }).screen).toMatchObject({ pagina: null });
    const relocked = appReducer(appReducer(appReducer(beoordeling, { type: 'locked', notice: null }), { type: 'unlocked' }), { type: 'openDossier', id: 'd1', zaaknummer: 'BIBOB-2026-001' });
    expect(relocked.screen).toMatchObject({ pagina: null });
  });

  it('opens the user guide from the menu, with the menu, and locks from there like any other screen', () => {
    const help = appReducer(unlockedWithData, { type: 'navigate', to: 'help' });
    expect(help.screen).toEqual({ name: 'help' });
    expect(hasMainMenu(help.screen)).toBe(true);
    expect(appReducer(help, { type: 'locked', notice: null }).screen).toEqual({ name: 'unlock', notice: null });
    const locked = appReducer(unlockedWithData, { type: 'locked', notice: null });
    expect(appReducer(locked, { type: 'navigate', to: 'help' })).toBe(locked);
  });

  it('opens the page of a betrokkene and the network, and forgets both names on locking; a late open after locking is dropped', () => {
    const pagina = appReducer(unlockedWithData, { type: 'openBetrokkene', id: 'b-1', naam: 'Bram Yılmaz' });
    expect(pagina.screen).toEqual({ name: 'betrokkene', id: 'b-1', naam: 'Bram Yılmaz' });
    expect(hasMainMenu(pagina.screen)).toBe(true);
    const netwerk = appReducer(pagina, { type: 'openNetwerk', vanaf: { betrokkeneId: 'b-1' } });
    expect(netwerk.screen).toEqual({ name: 'netwerk', vanaf: { betrokkeneId: 'b-1' } });
    // From the menu: the whole vault's network.
    expect(appReducer(netwerk, { type: 'navigate', to: 'netwerk' }).screen).toEqual({ name: 'netwerk', vanaf: {} });
    const locked = appReducer(pagina, { type: 'locked', notice: null });
    expect(JSON.stringify(locked)).not.toContain('Yılmaz');
    expect(appReducer(locked, { type: 'openBetrokkene', id: 'b-1', naam: 'Bram Yılmaz' })).toBe(locked);
  });

  it('forgets the recovery key once it is confirmed', () => {
    const shown = run({ type: 'vaultStatus', state: 'absent' }, { type: 'vaultCreated', recoveryKey: 'ABCD-EFGH' });
    expect(JSON.stringify(shown)).toContain('ABCD-EFGH');
    expect(JSON.stringify(appReducer(shown, { type: 'recoveryKeyConfirmed' }))).not.toContain('ABCD-EFGH');
  });
});
