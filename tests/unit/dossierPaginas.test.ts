import { describe, expect, it } from 'vitest';
import {
  dossierPaginaIds,
  dossierPaginas,
  faseOvergangen,
  paginaVanFase,
  paginaVanSectie,
  phases,
  type DossierPaginaId,
  type Phase,
  type TijdlijnRegel,
} from '../../src/domain/workflow';
import type { VolgendeStapSectie } from '../../src/domain/workflow/volgendeStap';

/** A phase move as the workflow writes it on the timeline. */
const vooruit = (at: string, van: string, naar: string): TijdlijnRegel => ({ at: `${at}T09:00:00.000Z`, soort: 'fase.vooruit', omschrijving: `Van fase '${van}' naar fase '${naar}'.` });
const stap = (at: string, van: string, naar: string): TijdlijnRegel => ({
  at: `${at}T09:00:00.000Z`,
  soort: 'fase.vooruit',
  omschrijving: `Van fase '${van}' naar fase '${naar}' (op 2 november 2026, bij verzending van het vragenformulier).`,
});
const terug = (at: string, van: string, naar: string): TijdlijnRegel => ({ at: `${at}T09:00:00.000Z`, soort: 'fase.terug', omschrijving: `Terug van fase '${van}' naar fase '${naar}'.` });
const afsluiting = (at: string, van: string, naar: string): TijdlijnRegel => ({ at: `${at}T09:00:00.000Z`, soort: 'fase.afsluiting', omschrijving: `Dossier afgesloten: '${naar}' (vanuit fase '${van}'). Uitkomst: Verlenen.` });
const heropend = (at: string, van: string, naar: string): TijdlijnRegel => ({ at: `${at}T09:00:00.000Z`, soort: 'fase.heropend', omschrijving: `Dossier heropend vanuit '${van}'; verder in fase '${naar}'. Reden: bezwaar.` });
const anders: TijdlijnRegel = { at: '2026-11-03T09:00:00.000Z', soort: 'betrokkene.toegevoegd', omschrijving: "Jan toegevoegd naar fase 'Beoordeling' (geen faseovergang)." };

describe('the pages of a dossier', () => {
  it('are the nine pages in the order of the procedure, with their Dutch names', () => {
    const paginas = dossierPaginas({ fase: 'intake', ambtshalve: false, tijdlijn: [] });
    expect(paginas.map((pagina) => [pagina.id, pagina.label])).toEqual([
      ['intake', 'Intake en betrokkenen'],
      ['vragenformulier', 'Vragenformulier en herstel'],
      ['onderzoek', 'Eigen onderzoek'],
      ['verzoeken', 'Informatieverzoeken'],
      ['beoordeling', 'Beoordeling'],
      ['besluit', 'Zienswijze en besluit'],
      ['brieven', 'Brieven'],
      ['bijlagen', 'Bijlagen'],
      ['tijdlijn', 'Tijdlijn en audit'],
    ]);
  });

  it('in a revocation investigation name the vragenformulier page without herstel (no aanvraag, art. 4:5 lid 1 Awb)', () => {
    const paginas = dossierPaginas({ fase: 'intake', ambtshalve: true, tijdlijn: [] });
    expect(paginas.find((pagina) => pagina.id === 'vragenformulier')?.label).toBe('Vragenformulier');
    expect(paginas.map((pagina) => pagina.id)).toEqual([...dossierPaginaIds]);
  });
});

describe('the page of each fase', () => {
  const table: readonly [Phase, DossierPaginaId][] = [
    ['intake', 'intake'],
    ['vragenformulier-uitgezet', 'vragenformulier'],
    ['volledigheid', 'vragenformulier'],
    ['eigen-onderzoek', 'onderzoek'],
    ['informatieverzoeken', 'verzoeken'],
    ['beoordeling', 'beoordeling'],
    ['advies', 'beoordeling'],
    ['voornemen-zienswijze', 'besluit'],
    ['besluit', 'besluit'],
    ['melding-lbb', 'beoordeling'],
    ['afgerond', 'besluit'],
    ['buiten-behandeling', 'vragenformulier'],
    ['ingetrokken', 'besluit'],
  ];
  it('covers every phase', () => expect(table.map(([fase]) => fase)).toEqual([...phases]));
  it.each(table)('%s → %s', (fase, pagina) => {
    expect(paginaVanFase(fase)).toBe(pagina);
    const paginas = dossierPaginas({ fase, ambtshalve: false, tijdlijn: [] });
    expect(paginas.filter((entry) => entry.huidigeFase).map((entry) => entry.id)).toEqual([pagina]);
  });
});

describe('the page of each "Volgende stap"', () => {
  const table: readonly [VolgendeStapSectie, DossierPaginaId][] = [
    ['gegevens', 'intake'],
    ['betrokkenen', 'intake'],
    ['vragenformulier', 'vragenformulier'],
    ['herstel', 'vragenformulier'],
    ['eigen-onderzoek', 'onderzoek'],
    ['informatieverzoeken', 'verzoeken'],
    ['beoordeling', 'beoordeling'],
    ['zienswijze-besluit', 'besluit'],
    ['beslistermijn', 'besluit'],
  ];
  it.each(table)('%s → %s', (sectie, pagina) => expect(paginaVanSectie(sectie)).toBe(pagina));
});

describe('the phase moves the timeline records', () => {
  it('reads the target of every kind of move and skips other events', () => {
    const tijdlijn = [
      stap('2026-11-02', 'Intake', 'Vragenformulier uitgezet'),
      anders,
      vooruit('2026-11-10', 'Vragenformulier uitgezet', 'Vragenformulier ontvangen / volledigheid'),
      terug('2026-11-11', 'Vragenformulier ontvangen / volledigheid', 'Vragenformulier uitgezet'),
      afsluiting('2026-11-12', 'Vragenformulier uitgezet', 'Aanvraag ingetrokken'),
      heropend('2026-11-13', 'Aanvraag ingetrokken', 'Informatieverzoeken (RIEC, LBB)'),
    ];
    expect(faseOvergangen(tijdlijn)).toEqual([
      { op: '2026-11-02', naar: 'vragenformulier-uitgezet' },
      { op: '2026-11-10', naar: 'volledigheid' },
      { op: '2026-11-11', naar: 'vragenformulier-uitgezet' },
      { op: '2026-11-12', naar: 'ingetrokken' },
      { op: '2026-11-13', naar: 'informatieverzoeken' },
    ]);
  });
});

/** Which procedure pages are done, and since when, for a fase and a timeline. */
interface Row {
  state: string;
  fase: Phase;
  tijdlijn: TijdlijnRegel[];
  afgerond: Partial<Record<DossierPaginaId, string | null>>;
}

const rows: Row[] = [
  { state: 'a new dossier', fase: 'intake', tijdlijn: [], afgerond: {} },
  {
    state: 'the vragenformulier sent',
    fase: 'vragenformulier-uitgezet',
    tijdlijn: [stap('2026-11-02', 'Intake', 'Vragenformulier uitgezet')],
    afgerond: { intake: '2026-11-02' },
  },
  {
    state: 'a step recorded days after it happened: the page is passed on the step\'s own date, not the day of recording',
    fase: 'eigen-onderzoek',
    tijdlijn: [
      stap('2026-11-02', 'Intake', 'Vragenformulier uitgezet'),
      {
        at: '2026-11-23T15:00:00.000Z',
        soort: 'fase.vooruit',
        omschrijving: "Van fase 'Vragenformulier ontvangen / volledigheid' naar fase 'Eigen onderzoek' (op 18 november 2026, bij de eerste bevinding van het eigen onderzoek).",
      },
    ],
    afgerond: { intake: '2026-11-02', vragenformulier: '2026-11-18' },
  },
  {
    state: 'received and complete: the vragenformulier page stays until the eigen onderzoek',
    fase: 'eigen-onderzoek',
    tijdlijn: [
      stap('2026-11-02', 'Intake', 'Vragenformulier uitgezet'),
      vooruit('2026-11-09', 'Vragenformulier uitgezet', 'Vragenformulier ontvangen / volledigheid'),
      vooruit('2026-11-16', 'Vragenformulier ontvangen / volledigheid', 'Eigen onderzoek'),
    ],
    afgerond: { intake: '2026-11-02', vragenformulier: '2026-11-16' },
  },
  {
    state: 'a phase skipped: the page passed over is done on the day of the jump',
    fase: 'informatieverzoeken',
    tijdlijn: [vooruit('2026-11-05', 'Intake', 'Informatieverzoeken (RIEC, LBB)')],
    afgerond: { intake: '2026-11-05', vragenformulier: '2026-11-05', onderzoek: '2026-11-05' },
  },
  {
    state: 'back to the eigen onderzoek: the requests page is no longer done',
    fase: 'eigen-onderzoek',
    tijdlijn: [
      vooruit('2026-11-05', 'Intake', 'Eigen onderzoek'),
      vooruit('2026-11-10', 'Eigen onderzoek', 'Informatieverzoeken (RIEC, LBB)'),
      vooruit('2026-11-12', 'Informatieverzoeken (RIEC, LBB)', 'Beoordeling'),
      terug('2026-11-13', 'Beoordeling', 'Eigen onderzoek'),
    ],
    afgerond: { intake: '2026-11-05', vragenformulier: '2026-11-05' },
  },
  {
    state: 'the melding to the LBB is due: work on the Beoordeling page, the besluit page is done',
    fase: 'melding-lbb',
    tijdlijn: [
      vooruit('2026-11-05', 'Intake', 'Beoordeling'),
      vooruit('2026-11-10', 'Beoordeling', 'Besluit'),
      vooruit('2026-11-20', 'Besluit', 'Melding aan het LBB'),
    ],
    afgerond: { intake: '2026-11-05', vragenformulier: '2026-11-05', onderzoek: '2026-11-05', verzoeken: '2026-11-05', besluit: '2026-11-20' },
  },
  {
    state: 'afgerond: every procedure page but the besluit page it opens on',
    fase: 'afgerond',
    tijdlijn: [vooruit('2026-11-05', 'Intake', 'Besluit'), afsluiting('2026-11-20', 'Besluit', 'Afgerond')],
    afgerond: { intake: '2026-11-05', vragenformulier: '2026-11-05', onderzoek: '2026-11-05', verzoeken: '2026-11-05', beoordeling: '2026-11-05' },
  },
  {
    state: 'buiten behandeling after the herstel: only the intake is done',
    fase: 'buiten-behandeling',
    tijdlijn: [stap('2026-11-02', 'Intake', 'Vragenformulier uitgezet'), afsluiting('2026-11-20', 'Vragenformulier uitgezet', 'Buiten behandeling gesteld')],
    afgerond: { intake: '2026-11-02' },
  },
  {
    state: 'reopened into the beoordeling after an afgerond dossier',
    fase: 'beoordeling',
    tijdlijn: [vooruit('2026-11-05', 'Intake', 'Besluit'), afsluiting('2026-11-20', 'Besluit', 'Afgerond'), heropend('2026-11-21', 'Afgerond', 'Beoordeling')],
    afgerond: { intake: '2026-11-05', vragenformulier: '2026-11-05', onderzoek: '2026-11-05', verzoeken: '2026-11-05' },
  },
  {
    state: 'an older dossier without recorded moves: the pages before its fase are done, without a date',
    fase: 'beoordeling',
    tijdlijn: [],
    afgerond: { intake: null, vragenformulier: null, onderzoek: null, verzoeken: null },
  },
];

describe('the procedure pages a dossier has passed', () => {
  it.each(rows)('$state', ({ fase, tijdlijn, afgerond }) => {
    const paginas = dossierPaginas({ fase, ambtshalve: false, tijdlijn });
    const done = Object.fromEntries(paginas.filter((pagina) => pagina.afgerond).map((pagina) => [pagina.id, pagina.afgerondOp]));
    expect(done).toEqual(afgerond);
    // The letters, the attachments and the timeline serve every phase: never done, never the fase's page.
    for (const pagina of paginas.filter((entry) => ['brieven', 'bijlagen', 'tijdlijn'].includes(entry.id))) {
      expect(pagina).toMatchObject({ afgerond: false, huidigeFase: false, afgerondOp: null });
    }
  });
});
