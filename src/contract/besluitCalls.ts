import { z } from 'zod';
import { call } from './call';
import { betrokkeneIdSchema, dossierIdSchema, freeText, isoDateSchema, requiredText } from './schemas';
import { partijRollen } from '../domain/zienswijze';
import { uitkomstIds } from '../domain/uitkomsten';
import { gevaarMaatIds } from '../domain/beoordeling';

/*
 * The contract calls of the zienswijze step (art. 33 Wet Bibob, with art. 28 lid 3) and of the decision: its date,
 * the contract clause of a vastgoedtransactie, bezwaar and beroep with their results (issue 11).
 */


export const rechtsmiddelUitkomsten = ['gegrond', 'ongegrond', 'niet-ontvankelijk', 'ingetrokken'] as const;

const rechtsmiddelSchema = z
  .strictObject({
    ingediendOp: isoDateSchema,
    uitkomst: z.enum(rechtsmiddelUitkomsten, { error: 'Kies de uitkomst: gegrond, ongegrond, niet-ontvankelijk of ingetrokken.' }).nullable(),
    uitspraakOp: isoDateSchema.nullable(),
    toelichting: freeText(5000),
  })
  .superRefine((value, ctx) => {
    if ((value.uitkomst === null) !== (value.uitspraakOp === null)) {
      ctx.addIssue({ code: 'custom', path: [value.uitkomst === null ? 'uitkomst' : 'uitspraakOp'], message: 'Vul de uitkomst en de datum van de beslissing samen in.' });
    }
    if (value.uitspraakOp !== null && value.uitspraakOp < value.ingediendOp) {
      ctx.addIssue({ code: 'custom', path: ['uitspraakOp'], message: 'De beslissing kan niet vóór het indienen liggen.' });
    }
  });

export const besluitGegevensSchema = z.strictObject({
  besluitOp: isoDateSchema.nullable(),
  /** Vastgoed: the contract holds the clause that allows suspending or dissolving it (art. 5a sub b Wet Bibob). */
  contractclausule: z.boolean({ error: 'Kies ja of nee.' }).nullable(),
  bezwaar: rechtsmiddelSchema.nullable(),
  beroep: rechtsmiddelSchema.nullable(),
  /** The degree of danger the LBB advice found, so that a departure from it shows (Awb 3:50); null without advice or not yet recorded. */
  lbbAdviesMate: z.enum(gevaarMaatIds, { error: 'Kies de mate van gevaar uit het advies.' }).nullable().default(null),
  /** Why the decision departs from the LBB advice, stated in the besluit (Awb 3:50). */
  afwijkingLbbReden: freeText(10_000).default(''),
});
export type BesluitGegevens = z.infer<typeof besluitGegevensSchema>;

export const zienswijzeViewSchema = z.strictObject({
  /** Whether the outcome needs the step (art. 33 lid 1, or lid 2 onder d/e for vastgoed), and its basis. */
  vereist: z.boolean(),
  legalBasis: z.string().nullable(),
  /**
   * The further decisions of the dossier whose intended outcome needs the step too, each with its own round
   * (art. 33 lid 1: the opportunity is given on the intended decision): done when the betrokkene was invited while
   * that outcome stood and every invitee answered or let the term pass. `label`: the permit as a common noun.
   */
  verdereBesluiten: z.array(
    z.strictObject({ besluitId: z.string(), label: z.string(), uitkomst: z.enum(uitkomstIds), legalBasis: z.string(), stapAfgerond: z.boolean() }),
  ),
  /** An LBB advice was received: its copy and the secrecy warning go along (art. 28 lid 3). */
  lbbAdvies: z.boolean(),
  stapAfgerond: z.boolean(),
  partijen: z.array(
    z.strictObject({
      id: z.string(),
      betrokkeneId: z.string(),
      naam: z.string(),
      rol: z.enum(partijRollen),
      uitgenodigdOp: z.string(),
      termijnTot: z.string(),
      redenKorteTermijn: z.string(),
      afschriftAdvies: z.boolean(),
      geheimhoudingGewezen: z.boolean(),
      ontvangenOp: z.string().nullable(),
      samenvatting: z.string(),
      /** The bestuursorgaan's answer to the zienswijze, given in the besluit (Awb 3:46); empty until written. */
      reactie: z.string(),
      /** The intended outcome the invitation was on; only the round on the current outcome counts (art. 33 lid 1). */
      uitkomst: z.enum(uitkomstIds).nullable(),
      huidigeRonde: z.boolean(),
    }),
  ),
  besluit: besluitGegevensSchema,
  /** How the intended outcome departs from the LBB advice recorded (Awb 3:50), or null. */
  afwijkingLbb: z.string().nullable(),
  /** The remedy the besluit names: bezwaar, direct beroep after afd. 3.4 Awb (art. 7:1 lid 1 onder d), or none (vastgoed). */
  rechtsmiddel: z.enum(['bezwaar', 'beroep', 'geen']),
  /** The current intended outcome. */
  uitkomst: z.enum(uitkomstIds).nullable(),
  /** Finished rounds on an earlier intended outcome that Awb 4:11 onder b can rely on. */
  eerdereRondes: z.array(z.enum(uitkomstIds)),
  /** The recorded reason why the current outcome gets no new round (Awb 4:11 onder b, art. 33 lid 3 Wet Bibob). */
  geenNieuweRonde: z.strictObject({ eerdereUitkomst: z.enum(uitkomstIds), reden: z.string() }).nullable(),
});
export type ZienswijzeView = z.infer<typeof zienswijzeViewSchema>;

export const besluitCalls = {
  'zienswijze.get': call(z.strictObject({ dossierId: dossierIdSchema }), zienswijzeViewSchema),
  'zienswijze.proposeTerm': call(z.strictObject({ uitgenodigdOp: isoDateSchema }), z.strictObject({ termijnTot: z.string() })),
  'zienswijze.invite': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      betrokkeneId: betrokkeneIdSchema,
      rol: z.enum(partijRollen, { error: 'Kies: betrokkene of derde.' }),
      uitgenodigdOp: isoDateSchema,
      termijnTot: isoDateSchema,
      redenKorteTermijn: freeText(2000).optional(),
      afschriftAdvies: z.boolean({ error: 'Kies ja of nee.' }),
      geheimhoudingGewezen: z.boolean({ error: 'Kies ja of nee.' }),
    }),
    zienswijzeViewSchema,
  ),
  'zienswijze.recordResponse': call(
    z.strictObject({ partijId: z.uuid({ error: 'Onbekende uitnodiging.' }), ontvangenOp: isoDateSchema, samenvatting: freeText(10_000) }),
    zienswijzeViewSchema,
  ),
  'zienswijze.recordReactie': call(
    z.strictObject({ partijId: z.uuid({ error: 'Onbekende uitnodiging.' }), reactie: requiredText('de reactie van het bestuursorgaan op de zienswijze', 10_000) }),
    zienswijzeViewSchema,
  ),
  'zienswijze.withdraw': call(
    z.strictObject({ partijId: z.uuid({ error: 'Onbekende uitnodiging.' }), reden: requiredText('de reden van het intrekken', 2000) }),
    zienswijzeViewSchema,
  ),
  'besluit.save': call(z.strictObject({ dossierId: dossierIdSchema, besluit: besluitGegevensSchema }), zienswijzeViewSchema),
  'zienswijze.geenNieuweRonde': call(
    z.strictObject({
      dossierId: dossierIdSchema,
      eerdereUitkomst: z.enum(uitkomstIds, { error: 'Kies de eerdere ronde waarop u zich beroept.' }),
      reden: requiredText('waarom zich geen nieuwe feiten of omstandigheden hebben voorgedaan', 5000),
    }),
    zienswijzeViewSchema,
  ),
} as const;
