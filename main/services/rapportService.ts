import { writeFile } from 'node:fs/promises';
import { BibobError } from '../../src/contract/errors';
import type { CallOutput, ParsedInput } from '../../src/contract';
import type { DashboardView, RapportView } from '../../src/contract/rapportCalls';
import { pngAfmetingen } from '../../src/domain/brieven';
import { jaarverslag, rapportRegels, STANDAARD_EFFECT, uitkomstCategorieen, type EffectDefinitie, type Jaarverslag, type RapportDossier } from '../../src/domain/rapportage';
import { addDays } from '../../src/domain/termijnen';
import { toepassingsgebiedInfo, type Toepassingsgebied } from '../../src/domain/toepassingsgebied';
import { isClosed, phaseLabels, phases, type Phase } from '../../src/domain/workflow';
import { addressees, type Geadresseerde } from '../../src/domain/informatieverzoeken';
import { csvDocument } from '../files/csv';
import { rapportNaarDocx, RAPPORT_DEFINITIES } from '../letters/rapportDocx';
import type { VaultDatabase } from '../vault/database';
import { dashboardCijfers, dossiersMetVerdereBesluiten, rapportInvoer, rapportJaren } from '../vault/repositories/rapportage';
import { requireDossier } from '../vault/repositories/dossiers';
import { verdereBesluitTermijnen } from './verdereBesluitenService';
import { readSetting, writeSetting } from '../vault/repositories/settings';
import { readBriefhoofd } from './briefService';
import { inTransactionWithAudit, today, type ServiceContext } from './context';

const EFFECT_KEY = 'rapport.effect';
const LIJST = 10;

function readEffect(db: VaultDatabase): EffectDefinitie {
  const raw = readSetting(db, EFFECT_KEY);
  if (raw === null) return STANDAARD_EFFECT;
  const parsed = (JSON.parse(raw) as unknown[]).filter((entry): entry is EffectDefinitie['effect'][number] => (uitkomstCategorieen as readonly unknown[]).includes(entry));
  return { effect: parsed };
}

/** The dashboard on opening the vault: dossiers per phase and per toepassingsgebied, deadlines this week and overdue, overdue requests. */
export function dashboard(ctx: ServiceContext): DashboardView {
  return inTransactionWithAudit(ctx, (db) => {
    const vandaag = today(ctx);
    const cijfers = dashboardCijfers(db, vandaag, addDays(vandaag, 7), LIJST);
    const aantal = new Map(cijfers.perFase.map((row) => [row.fase, row.aantal]));
    const perGebied = new Map(cijfers.perGebied.map((row) => [row.toepassingsgebied, row.aantal]));
    return {
      result: {
        vandaag,
        perFase: phases.map((fase: Phase) => ({ fase, label: phaseLabels[fase], aantal: aantal.get(fase) ?? 0, afgesloten: isClosed(fase) })),
        perGebied: (Object.keys(toepassingsgebiedInfo) as Toepassingsgebied[]).map((gebied) => ({ toepassingsgebied: gebied, label: toepassingsgebiedInfo[gebied].label, aantal: perGebied.get(gebied) ?? 0 })),
        verlopen: cijfers.verlopen,
        verlopenTotaal: cijfers.verlopenTotaal,
        dezeWeek: cijfers.dezeWeek,
        dezeWeekTotaal: cijfers.dezeWeekTotaal,
        verzoekenVerlopen: cijfers.verzoekenVerlopen.map((row) => ({
          dossierId: row.dossierId,
          zaaknummer: row.zaaknummer,
          aan: row.geadresseerdeNaam || addressees[row.geadresseerde as Geadresseerde].label,
          datum: row.datum,
        })),
        verzoekenVerlopenTotaal: cijfers.verzoekenVerlopenTotaal,
      },
      audit: { action: 'dashboard.bekeken', entityType: 'kluis', entityId: null, details: {} },
    };
  });
}

/**
 * Each further decision of a dossier with its outcome, besluitdatum and the last day the engine computes for it
 * (issue 19 item 12): the annual report counts outcomes and late decisions per decision.
 */
function metVerdereBesluiten<T extends RapportDossier & { readonly id: string }>(db: VaultDatabase, dossiers: readonly T[], now: string): T[] {
  const met = dossiersMetVerdereBesluiten(db);
  if (met.size === 0) return [...dossiers];
  return dossiers.map((dossier) =>
    met.has(dossier.id)
      ? {
          ...dossier,
          verdereBesluiten: verdereBesluitTermijnen(db, requireDossier(db, dossier.id), now).map(({ besluit, result }) => ({
            uitkomst: besluit.uitkomst,
            besluitOp: besluit.besluitOp,
            uitersteBeslisdatum: result?.deadline ?? null,
          })),
        }
      : dossier,
  );
}

function verslagen(db: VaultDatabase, jaar: number, vergelijkJaren: number, now: string): { verslagen: Jaarverslag[]; effect: EffectDefinitie } {
  const jaren = Array.from({ length: vergelijkJaren + 1 }, (_, index) => jaar - vergelijkJaren + index);
  const gelezen = rapportInvoer(db, jaren[0]!);
  const invoer = { ...gelezen, dossiers: metVerdereBesluiten(db, gelezen.dossiers, now) };
  const effect = readEffect(db);
  return { verslagen: jaren.map((entry) => jaarverslag({ jaar: entry, ...invoer, definitie: effect })), effect };
}

/** The annual report for a year and the years before it, from the vault's history. */
export function rapportJaar(ctx: ServiceContext, input: ParsedInput<'rapport.jaar'>): RapportView {
  return inTransactionWithAudit(ctx, (db) => {
    const { verslagen: lijst, effect } = verslagen(db, input.jaar, input.vergelijkJaren, today(ctx));
    return {
      result: { verslagen: lijst, effect: [...effect.effect], jaren: rapportJaren(db) },
      audit: { action: 'rapport.bekeken', entityType: 'kluis', entityId: null, details: { jaar: input.jaar, vergelijkJaren: input.vergelijkJaren } },
    };
  });
}

export function setEffect(ctx: ServiceContext, input: ParsedInput<'rapport.setEffect'>): CallOutput<'rapport.setEffect'> {
  return inTransactionWithAudit(ctx, (db) => {
    const effect = uitkomstCategorieen.filter((categorie) => input.effect.includes(categorie));
    writeSetting(db, EFFECT_KEY, JSON.stringify(effect));
    return { result: { effect }, audit: { action: 'instelling.gewijzigd', entityType: 'instelling', entityId: null, details: { effectiviteit: effect } } };
  });
}

/** The report's table as CSV through the save dialog: the same lines as on screen, one column per year. */
export async function exportCsv(ctx: ServiceContext, input: ParsedInput<'rapport.exportCsv'>): Promise<CallOutput<'rapport.exportCsv'>> {
  if (!ctx.exportTarget) throw new BibobError('INTERNAL', 'Exporteren is hier niet mogelijk.');
  const { verslagen: lijst } = verslagen(ctx.vault.database(), input.jaar, input.vergelijkJaren, today(ctx));
  const rows = [['Onderdeel', ...lijst.map((verslag) => String(verslag.jaar))], ...rapportRegels(lijst).map((regel) => [regel.onderdeel.trim(), ...regel.waarden]), [], [lijst.at(-1)!.effectiviteit.definitie], ...RAPPORT_DEFINITIES.map((tekst) => [tekst])];
  const saved = await ctx.exportTarget.saveText(`bibob-jaarverslag-${input.jaar}.csv`, csvDocument(rows));
  if (!saved) return { exported: false };
  inTransactionWithAudit(ctx, () => ({ result: undefined, audit: { action: 'rapport.geexporteerd', entityType: 'kluis', entityId: null, details: { jaar: input.jaar, formaat: 'csv' } } }));
  return { exported: true };
}

/** The report as .docx with the charts the renderer drew (checked to be PNG images), through the save dialog. */
export async function exportDocx(ctx: ServiceContext, input: ParsedInput<'rapport.exportDocx'>): Promise<CallOutput<'rapport.exportDocx'>> {
  input.grafieken.forEach((grafiek, index) => {
    const afmetingen = pngAfmetingen(grafiek.png);
    if (!afmetingen || afmetingen.breedte > 4000 || afmetingen.hoogte > 4000) {
      throw new BibobError('VALIDATION', 'Een grafiek is geen geldige afbeelding.', { issues: [{ path: `grafieken[${index}].png`, message: 'Een grafiek is geen PNG van hoogstens 4000 × 4000 beeldpunten.' }] });
    }
  });
  const chooseSavePath = ctx.exportTarget?.chooseSavePath;
  if (!chooseSavePath) throw new BibobError('INTERNAL', 'Exporteren is hier niet mogelijk.');
  const db = ctx.vault.database();
  const { verslagen: lijst } = verslagen(db, input.jaar, input.vergelijkJaren, today(ctx));
  const briefhoofd = readBriefhoofd(db);
  const docx = await rapportNaarDocx({ gemeente: briefhoofd?.gemeente ?? null, huisstijl: briefhoofd?.huisstijl, verslagen: lijst, grafieken: input.grafieken });
  const target = await chooseSavePath.call(ctx.exportTarget, `Bibob-jaarverslag ${input.jaar}.docx`);
  if (!target) return { exported: false };
  await writeFile(target, docx, { mode: 0o600 });
  inTransactionWithAudit(ctx, () => ({ result: undefined, audit: { action: 'rapport.geexporteerd', entityType: 'kluis', entityId: null, details: { jaar: input.jaar, formaat: 'docx', grafieken: input.grafieken.length } } }));
  return { exported: true };
}
