import { describe, expect, it } from 'vitest';
import { decisionDeadline, apvTerm, REDELIJKE_TERMIJN, DEFAULT_DECREED_DAYS, type SuspensionEvent, type TermSpec } from '../../src/domain/termijnen';
import {
  besluitenZonderUitkomst,
  opschortingenVoorBesluit,
  verderBesluitGrondslag,
  verderBesluitProblemen,
  verderBesluitTermijnInput,
  verderBesluitUitkomstProblemen,
  verdereBesluitsoorten,
  type DossierBesluitFeiten,
  type VerderBesluit,
  type VerderBesluitGegevens,
} from '../../src/domain/verdereBesluiten';
import { transition } from '../../src/domain/workflow';
import { actionSentence } from '../../src/domain/auditZinnen';
import { jaarverslag, STANDAARD_EFFECT, type RapportDossier } from '../../src/domain/rapportage';
import { factsWith } from '../support/workflowFacts';

/*
 * Issue 19 item 12: one horeca dossier, two decisions. The dossier's own decision is the exploitatievergunning (APV:
 * the municipality's term, default 8 weeks, extendable once by 8, no Atw unless the APV says so); the further
 * decision is the Alcoholwet licence. The Alcoholwet sets no beslistermijn (art. 27 only gives the grounds to refuse,
 * lid 2 is the five-year refusal after a revocation, not a term): a redelijke termijn, in any case passed 8 weeks
 * after receipt (Awb 4:13 lid 2), a term in a formal law so the Atw applies.
 *
 * Calendar facts used below (2027): 1 January is a Friday, so Monday 4 January; 8 weeks (56 days) later is Monday
 * 1 March; Easter Sunday is 28 March, so Goede Vrijdag 26 March and tweede Paasdag Monday 29 March.
 */

const holidays = { decreedDays: DEFAULT_DECREED_DAYS };
const APV: TermSpec = apvTerm({ legalBasis: 'beslistermijn volgens de APV', weeks: 8, extension: { maxWeeks: 8, legalBasis: 'verdaging volgens de APV' } });

const horeca: DossierBesluitFeiten = { toepassingsgebied: 'horeca', besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-04' };

/** LBB advice requested Monday 1 February, received Friday 12 February: art. 31 suspends 1–12 February, 12 days. */
const lbb: SuspensionEvent = { kind: 'lbb-advies', requestedOn: '2027-02-01', receivedOn: '2027-02-12', lbbWaitingDays: 0, extensionWeeks: 0 };
/** Herstel sent Monday 18 January (term 1 February), completed Tuesday 26 January: Awb 4:15 lid 1 onder a suspends 19–25 January, 7 days. */
const herstel: SuspensionEvent = { kind: 'herstel', invitedOn: '2027-01-18', termEndsOn: '2027-02-01', completedOn: '2027-01-26' };
const dossierSuspensions = { herstel: [herstel], lbb: [lbb] };

function alcoholwet(overrides: Partial<VerderBesluit> = {}): VerderBesluit {
  return { id: 'b1', besluitsoort: 'alcoholwetvergunning', ontvangenOp: null, lbbAdvies: true, herstel: false, verdaging: null, mededeling: null, uitkomst: null, besluitOp: null, ...overrides };
}

function deadlineOf(besluit: VerderBesluit, term: TermSpec, dossier: DossierBesluitFeiten = horeca, today = '2027-02-15') {
  const input = verderBesluitTermijnInput(besluit, term, dossier, opschortingenVoorBesluit(besluit, dossierSuspensions), holidays, today, { art31SuspendsRedelijkeTermijn: true });
  return input === null ? null : decisionDeadline(input);
}

describe('each decision its own beslistermijn (the engine called per decision)', () => {
  const cases: { name: string; besluit: VerderBesluit; term: TermSpec; deadline: string; mededelingUiterlijk: string | null; why: string }[] = [
    {
      name: 'Alcoholwet licence, same receipt as the dossier, the LBB request concerns it',
      besluit: alcoholwet(),
      term: REDELIJKE_TERMIJN,
      deadline: '2027-03-15',
      mededelingUiterlijk: '2027-03-01',
      why: 'receipt 4 Jan + 8 weeks = Mon 1 Mar; art. 31 adds 1–12 Feb (12 days) = Sat 13 Mar; Atw art. 1 → Mon 15 Mar. The 4:14 lid 3 notice is due by the date without the contested LBB suspension: Mon 1 Mar.',
    },
    {
      name: 'Alcoholwet licence the LBB request does not concern (art. 31: only "de beschikking" the advice is asked for)',
      besluit: alcoholwet({ lbbAdvies: false }),
      term: REDELIJKE_TERMIJN,
      deadline: '2027-03-01',
      mededelingUiterlijk: '2027-03-01',
      why: 'no suspension: 4 Jan + 56 days = Mon 1 Mar, a working day.',
    },
    {
      name: 'Alcoholwet licence received later, on Monday 18 January: Atw over Easter',
      besluit: alcoholwet({ ontvangenOp: '2027-01-18' }),
      term: REDELIJKE_TERMIJN,
      deadline: '2027-03-30',
      mededelingUiterlijk: '2027-03-15',
      why: '18 Jan + 56 days = Mon 15 Mar; + 12 LBB days = Sat 27 Mar; Atw: Sun 28 Mar (Easter), Mon 29 Mar (tweede Paasdag) → Tue 30 Mar.',
    },
    {
      name: 'exploitatievergunning as a further decision, herstel and LBB concern it',
      besluit: alcoholwet({ besluitsoort: 'exploitatievergunning', herstel: true }),
      term: APV,
      deadline: '2027-03-20',
      mededelingUiterlijk: null,
      why: '4 Jan + 8 weeks = Mon 1 Mar; herstel 19–25 Jan (7 days) + LBB 1–12 Feb (12 days) = 19 days → Sat 20 Mar; an APV term gets no Atw, so it stays on the Saturday.',
    },
    {
      name: 'exploitatievergunning only the herstel concerns: Awb 4:15 suspends the application that was incomplete',
      besluit: alcoholwet({ besluitsoort: 'exploitatievergunning', herstel: true, lbbAdvies: false }),
      term: APV,
      deadline: '2027-03-08',
      mededelingUiterlijk: null,
      why: '1 Mar + 7 herstel days (19–25 Jan) = Mon 8 Mar (the worked example of bibob-domain.md §5, same dates).',
    },
    {
      name: 'exploitatievergunning with its own verdaging of 8 weeks, LBB suspension',
      besluit: alcoholwet({ besluitsoort: 'exploitatievergunning', verdaging: { weken: 8, besluitOp: '2027-02-15' } }),
      term: APV,
      deadline: '2027-05-08',
      mededelingUiterlijk: null,
      why: '4 Jan + 16 weeks (112 days) = Mon 26 Apr; + 12 LBB days = Sat 8 May; no Atw for the APV term.',
    },
  ];
  for (const entry of cases) {
    it(`${entry.name}: ${entry.deadline}`, () => {
      const result = deadlineOf(entry.besluit, entry.term);
      expect(result?.deadline, entry.why).toBe(entry.deadline);
      expect(result?.mededelingUiterlijk ?? null, entry.why).toBe(entry.mededelingUiterlijk);
    });
  }

  it('has no term yet when neither this application nor the dossier has a date of receipt', () => {
    expect(deadlineOf(alcoholwet(), REDELIJKE_TERMIJN, { ...horeca, ontvangenOp: null })).toBeNull();
  });

  it('warns that the besluit came after the term once its besluitdatum is recorded late', () => {
    const result = deadlineOf(alcoholwet({ lbbAdvies: false, uitkomst: 'weigeren', besluitOp: '2027-03-05' }), REDELIJKE_TERMIJN, horeca, '2027-03-10');
    expect(result?.warnings.map((warning) => warning.code)).toContain('BESLUIT_NA_TERMIJN');
    expect(result?.warnings.map((warning) => warning.code)).not.toContain('OVERDUE');
  });
});

describe('which of the dossier\'s suspensions move which decision', () => {
  it.each([
    [true, true, ['herstel', 'lbb-advies']],
    [true, false, ['lbb-advies']],
    [false, true, ['herstel']],
    [false, false, []],
  ] as const)('LBB request concerns it: %s, herstel concerns it: %s → %j', (lbbAdvies, herstelFlag, kinds) => {
    expect(opschortingenVoorBesluit({ lbbAdvies, herstel: herstelFlag }, dossierSuspensions).map((event) => event.kind)).toEqual(kinds);
  });
});

const nieuw = (overrides: Partial<VerderBesluitGegevens> = {}): VerderBesluitGegevens => ({
  besluitsoort: 'alcoholwetvergunning',
  ontvangenOp: null,
  lbbAdvies: true,
  herstel: false,
  verdaging: null,
  mededeling: null,
  ...overrides,
});

describe('adding a further decision', () => {
  const cases: { name: string; gegevens: VerderBesluitGegevens; dossier?: DossierBesluitFeiten; anderen?: { besluitsoort: string }[]; pad: string | null; bevat?: string }[] = [
    { name: 'an Alcoholwet licence beside the exploitatievergunning', gegevens: nieuw(), pad: null },
    { name: 'before the dossier has its own besluitsoort', gegevens: nieuw(), dossier: { ...horeca, besluitsoort: null }, pad: 'besluitsoort', bevat: 'eerste besluit' },
    { name: 'an omgevingsvergunning in a horeca dossier', gegevens: nieuw({ besluitsoort: 'omgevingsvergunning' }), pad: 'besluitsoort', bevat: 'ander toepassingsgebied' },
    { name: 'the same kind as the dossier\'s own decision', gegevens: nieuw({ besluitsoort: 'exploitatievergunning' }), pad: 'besluitsoort', bevat: 'bevat al' },
    { name: 'the same kind as another further decision', gegevens: nieuw(), anderen: [{ besluitsoort: 'alcoholwetvergunning' }], pad: 'besluitsoort', bevat: 'bevat al' },
    { name: 'a revocation with a date of receipt (no aanvraag)', gegevens: nieuw({ besluitsoort: 'alcoholwetvergunning-intrekking', ontvangenOp: '2027-01-04' }), pad: 'ontvangenOp', bevat: 'ambtshalve' },
    { name: 'a verdaging of an Alcoholwet licence (a redelijke termijn has none)', gegevens: nieuw({ verdaging: { weken: 4, besluitOp: '2027-02-01' } }), pad: 'verdaging.weken', bevat: 'kan niet worden verdaagd' },
    {
      name: 'a verdaging longer than the APV allows (8 weeks)',
      gegevens: nieuw({ besluitsoort: 'exploitatievergunning', verdaging: { weken: 10, besluitOp: '2027-02-01' } }),
      dossier: { ...horeca, besluitsoort: 'alcoholwetvergunning' },
      pad: 'verdaging.weken',
      bevat: 'ten hoogste 8 weken',
    },
    {
      name: 'a verdaging decided before this application came in',
      gegevens: nieuw({ besluitsoort: 'exploitatievergunning', ontvangenOp: '2027-01-18', verdaging: { weken: 8, besluitOp: '2027-01-11' } }),
      dossier: { ...horeca, besluitsoort: 'alcoholwetvergunning' },
      pad: 'verdaging.besluitOp',
      bevat: 'vóór de ontvangst',
    },
    { name: 'a 4:14 lid 3 notice for the APV term (it has a wettelijke termijn)', gegevens: nieuw({ besluitsoort: 'exploitatievergunning', mededeling: { verzondenOp: '2027-02-20', tegemoetTeZienOp: '2027-04-01' } }), dossier: { ...horeca, besluitsoort: 'alcoholwetvergunning' }, pad: 'mededeling.verzondenOp' },
    { name: 'a 4:14 lid 3 notice naming a day not after itself', gegevens: nieuw({ mededeling: { verzondenOp: '2027-02-20', tegemoetTeZienOp: '2027-02-20' } }), pad: 'mededeling.tegemoetTeZienOp' },
  ];
  for (const entry of cases) {
    it(entry.name, () => {
      const problemen = verderBesluitProblemen(entry.gegevens, entry.dossier ?? horeca, entry.anderen ?? []);
      if (entry.pad === null) {
        expect(problemen).toEqual([]);
        return;
      }
      expect(problemen.map((probleem) => probleem.pad)).toEqual([entry.pad]);
      if (entry.bevat) expect(problemen[0]!.melding).toContain(entry.bevat);
    });
  }

  it('offers only the kinds of the dossier\'s area that it does not hold yet', () => {
    const ids = verdereBesluitsoorten(horeca, [{ besluitsoort: 'alcoholwetvergunning' }]).map((soort) => soort.id);
    expect(ids).not.toContain('exploitatievergunning');
    expect(ids).not.toContain('alcoholwetvergunning');
    expect(ids).not.toContain('omgevingsvergunning');
    expect(ids).toContain('alcoholwetvergunning-paracommercieel');
  });
});

describe('the outcome of each decision', () => {
  it.each([
    // Refused while the exploitatievergunning is refused too: Wet Bibob art. 3 lid 1 with Alcoholwet art. 27 lid 3.
    ['alcoholwetvergunning', 'weigeren', false, 'artikel 3, eerste lid, van de Wet Bibob, in samenhang met art. 27 lid 3 Alcoholwet'],
    // Lid 6: "eenzelfde bevoegdheid tot weigering" when facts point to an offence to obtain the permit.
    ['alcoholwetvergunning', 'weigeren', true, 'artikel 3, zesde lid, van de Wet Bibob, in samenhang met art. 27 lid 3 Alcoholwet'],
    // The APV permit refused on Wet Bibob art. 7 lid 1.
    ['exploitatievergunning', 'weigeren', false, 'artikel 3, eerste lid, van de Wet Bibob, in samenhang met art. 7 lid 1 Wet Bibob'],
    // Granted with voorschriften: art. 3 lid 7.
    ['alcoholwetvergunning', 'verlenen-met-voorschriften', false, 'artikel 3, zevende lid, van de Wet Bibob'],
  ] as const)('%s, %s (lid 6: %s) rests on %s', (soort, uitkomst, lid6, grondslag) => {
    expect(verderBesluitGrondslag({ besluitsoort: soort, uitkomst }, lid6)).toBe(grondslag);
  });

  const besluit = { besluitsoort: 'alcoholwetvergunning', ontvangenOp: '2027-01-18' };
  it.each([
    ['weigeren', '2027-04-01', null, []],
    [null, null, null, []],
    [null, '2027-04-01', null, ['uitkomst']],
    // A business-wide suspension power exists for a revocation kind only (Alcoholwet art. 32 lid 1).
    ['schorsen', null, null, ['uitkomst']],
    // A vastgoed outcome does not fit a beschikking.
    ['niet-contracteren', null, null, ['uitkomst']],
    // Before this application came in (18 January), though after the dossier's (4 January).
    ['weigeren', '2027-01-11', null, ['besluitOp']],
    ['buiten-behandeling', null, 'Geen herstelverzoek.', ['uitkomst']],
    ['buiten-behandeling', null, null, []],
  ] as const)('outcome %s on %s (herstel beletsel: %s) → problems at %j', (uitkomst, besluitOp, beletsel, paden) => {
    expect(verderBesluitUitkomstProblemen(besluit, uitkomst, besluitOp, horeca, beletsel).map((probleem) => probleem.pad)).toEqual(paden);
  });

  it('offers no buiten behandeling or withdrawn application for a revocation (no aanvraag)', () => {
    const revocation = { besluitsoort: 'alcoholwetvergunning-intrekking', ontvangenOp: null };
    expect(verderBesluitUitkomstProblemen(revocation, 'buiten-behandeling', null, horeca, null).map((p) => p.pad)).toEqual(['uitkomst']);
    expect(verderBesluitUitkomstProblemen(revocation, 'ingetrokken', null, horeca, null).map((p) => p.pad)).toEqual(['uitkomst']);
    expect(verderBesluitUitkomstProblemen(revocation, 'schorsen', null, horeca, null)).toEqual([]);
  });
});

describe('the dossier closes when every decision has its outcome (Awb 4:13 lid 1)', () => {
  it('names the decisions still open', () => {
    expect(besluitenZonderUitkomst([alcoholwet(), alcoholwet({ besluitsoort: 'alcoholwetvergunning-paracommercieel', uitkomst: 'weigeren' })])).toEqual(['Alcoholwetvergunning']);
  });

  it('refuses besluit → afgerond while the Alcoholwet licence has no outcome, and allows it once it has', () => {
    const decided = { toepassingsgebied: 'horeca', outcome: 'weigeren', zienswijzeStepDone: true } as const;
    const open = transition('besluit', { to: 'afgerond' }, factsWith({ ...decided, verdereBesluitenZonderUitkomst: ['Alcoholwetvergunning'] }));
    expect(open.ok).toBe(false);
    if (!open.ok) expect(open.message).toContain("'Alcoholwetvergunning'");
    expect(transition('besluit', { to: 'afgerond' }, factsWith({ ...decided, verdereBesluitenZonderUitkomst: [] })).ok).toBe(true);
  });

  it('refuses withdrawing the dossier\'s own application as its end while a further decision is open', () => {
    const outcome = transition('beoordeling', { to: 'ingetrokken' }, factsWith({ toepassingsgebied: 'horeca', outcome: 'ingetrokken', verdereBesluitenZonderUitkomst: ['Alcoholwetvergunning'] }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain("'Alcoholwetvergunning'");
    expect(transition('beoordeling', { to: 'ingetrokken' }, factsWith({ toepassingsgebied: 'horeca', outcome: 'ingetrokken' })).ok).toBe(true);
  });
});

describe('the annual report counts decisions where it counts decisions', () => {
  // Two horeca dossiers completed in 2027 and one still running, counted by hand:
  // H1: own exploitatievergunning refused on 3 May after its last day 13 March (late); its Alcoholwet licence refused on
  //     10 March, before its last day 15 March; its paracommercial licence granted with voorschriften on 3 May (term 4 July).
  // H2: own decision granted on 1 April after its last day 29 March (late); its Alcoholwet licence granted on 1 April (term 30 April).
  // H3: running at year end: its decided further decision does not count, the dossier is not completed.
  const h1: RapportDossier = {
    toepassingsgebied: 'horeca',
    gestartOp: '2027-01-04',
    ontvangenOp: '2027-01-04',
    faseWissels: [{ op: '2027-05-03', naar: 'afgerond' }],
    uitkomst: 'weigeren',
    besluitOp: '2027-05-03',
    uitersteBeslisdatum: '2027-03-13',
    verdereBesluiten: [
      { uitkomst: 'weigeren', besluitOp: '2027-03-10', uitersteBeslisdatum: '2027-03-15' },
      { uitkomst: 'verlenen-met-voorschriften', besluitOp: '2027-05-03', uitersteBeslisdatum: '2027-07-04' },
    ],
  };
  const h2 = (alcoholwet: 'verlenen' | 'verlenen-met-voorschriften'): RapportDossier => ({
    toepassingsgebied: 'horeca',
    gestartOp: '2027-02-01',
    ontvangenOp: '2027-02-01',
    faseWissels: [{ op: '2027-04-01', naar: 'afgerond' }],
    uitkomst: 'verlenen',
    besluitOp: '2027-04-01',
    uitersteBeslisdatum: '2027-03-29',
    verdereBesluiten: [{ uitkomst: alcoholwet, besluitOp: '2027-04-01', uitersteBeslisdatum: '2027-04-30' }],
  });
  const h3: RapportDossier = {
    toepassingsgebied: 'horeca',
    gestartOp: '2027-03-01',
    ontvangenOp: '2027-03-01',
    faseWissels: [],
    uitkomst: null,
    besluitOp: null,
    uitersteBeslisdatum: '2027-04-26',
    verdereBesluiten: [{ uitkomst: 'weigeren', besluitOp: '2027-04-20', uitersteBeslisdatum: '2027-04-26' }],
  };
  const verslag = (dossiers: RapportDossier[]) => jaarverslag({ jaar: 2027, dossiers, verzoeken: [], meldingen: [], definitie: STANDAARD_EFFECT });

  it('counts the investigations once and the outcomes and late decisions per decision', () => {
    const result = verslag([h1, h2('verlenen'), h3]);
    expect(result.afgerond.totaal).toBe(2);
    expect(result.lopendEindeJaar.totaal).toBe(1);
    // H1 own + H1 Alcoholwet refused; H1 paracommercial with voorschriften; H2 own + H2 Alcoholwet granted.
    expect(result.uitkomsten).toMatchObject({ 'geweigerd-ingetrokken': 2, voorschriften: 1, verleend: 2 });
    // Late: H1's own (3 May > 13 March) and H2's own (1 April > 29 March); no further decision was late.
    expect(result.naBeslistermijn).toBe(2);
    // Effect: H1 (refused); H2 had none.
    expect(result.effectiviteit).toMatchObject({ met: 1, van: 2 });
  });

  it('gives an investigation an effect when any of its decisions has one', () => {
    expect(verslag([h1, h2('verlenen-met-voorschriften')]).effectiviteit).toMatchObject({ met: 2, van: 2 });
  });
});

describe('the audit trail reads the further decisions in Dutch', () => {
  it.each([
    ['besluit.toegevoegd', 'C. Grasmuis voegde een besluit toe aan het dossier.'],
    ['besluit.gecorrigeerd', 'C. Grasmuis corrigeerde een besluit in het dossier.'],
    ['besluit.uitkomst-vastgelegd', 'C. Grasmuis legde de uitkomst van een besluit vast.'],
    ['besluit.ingetrokken', 'C. Grasmuis haalde een besluit uit het dossier.'],
  ])('%s → %s', (action, sentence) => {
    expect(actionSentence('C. Grasmuis', action)).toBe(sentence);
  });
});
