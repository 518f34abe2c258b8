import { BibobError } from '../../src/contract/errors';
import type { CallOutput, ParsedInput } from '../../src/contract';
import { besluitsoort } from '../../src/domain/besluitsoorten';
import { rolLabel } from '../../src/domain/betrokkenen';
import { toepassingsgebiedInfo } from '../../src/domain/toepassingsgebied';
import { formatDutchDate } from '../../src/domain/termijnen';
import { uitkomstIds, uitkomstLabel } from '../../src/domain/uitkomsten';
import { isPhase, phaseLabels } from '../../src/domain/workflow/phases';
import { herstelsleutelHtml, dossierSamenvattingHtml, type DossierSamenvatting } from '../letters/afdrukHtml';
import { briefNaarHtml } from '../letters/htmlWriter';
import { briefOpmaak, findBrief } from '../vault/repositories/brieven';
import { inTransactionWithAudit, today, type PagePrinter, type ServiceContext } from './context';
import { dossierDetail } from './dossierService';
import { vaultStatus } from './vaultService';

/*
 * Printing on paper (issue 23 §5). Main builds each page from what the vault holds — the renderer names only which
 * dossier or letter, and the recovery key in its fixed form — and hands it to the desktop app's hidden print window,
 * which opens the system's print dialog: nothing is written to a file. A page that went to the printer is audited;
 * the recovery key never is written into the audit trail.
 */

type Afgedrukt = CallOutput<'afdrukken.herstelsleutel'>;

const isUitkomst = (value: string): value is (typeof uitkomstIds)[number] => (uitkomstIds as readonly string[]).includes(value);

function printer(ctx: ServiceContext): PagePrinter {
  if (!ctx.pagePrinter) throw new BibobError('CONFLICT', 'Afdrukken kan alleen in de desktop-app van Bibob Werkbank. In deze voorbeeldversie is er geen printer.');
  return ctx.pagePrinter;
}

/** The recovery key, only before its storage is confirmed (it is shown once, at creation). */
export async function printHerstelsleutel(ctx: ServiceContext, input: ParsedInput<'afdrukken.herstelsleutel'>): Promise<Afgedrukt> {
  const status = vaultStatus(ctx);
  if (status.state !== 'unlocked' || status.recoveryKeyConfirmed) {
    throw new BibobError('CONFLICT', 'De herstelsleutel kan alleen worden afgedrukt direct nadat de kluis is aangemaakt.');
  }
  const afgedrukt = await printer(ctx).printHtml(herstelsleutelHtml(input.recoveryKey));
  if (afgedrukt) inTransactionWithAudit(ctx, () => ({ result: undefined, audit: { action: 'herstelsleutel.afgedrukt', entityType: 'kluis', entityId: null, details: {} } }));
  return { afgedrukt };
}

function samenvatting(ctx: ServiceContext, dossierId: string): DossierSamenvatting {
  const detail = dossierDetail(ctx, ctx.vault.database(), dossierId);
  const { dossier } = detail;
  const datum = (iso: string | null) => (iso ? formatDutchDate(iso as Parameters<typeof formatDutchDate>[0]) : 'Nog niet bekend');
  const gegevens = [
    { label: 'Toepassingsgebied', waarde: toepassingsgebiedInfo[dossier.toepassingsgebied].label },
    { label: 'Soort besluit', waarde: dossier.besluitsoort === null ? 'Nog niet bekend' : (besluitsoort(dossier.besluitsoort)?.label ?? dossier.besluitsoort) },
    { label: 'Aanvrager', waarde: dossier.aanvragerNaam },
    { label: 'Adres of locatie', waarde: dossier.locatieAdres || 'Niet ingevuld' },
    { label: 'Aanvraag ontvangen op', waarde: datum(dossier.ontvangenOp) },
    { label: 'Fase', waarde: isPhase(dossier.fase) ? phaseLabels[dossier.fase] : dossier.fase },
    ...(detail.afsluiting === null
      ? [{ label: 'Uiterste beslisdatum', waarde: dossier.uitersteBeslisdatum ? `${datum(dossier.uitersteBeslisdatum)}${dossier.beslisdatumVoorlopig ? ' (voorlopig)' : ''}` : 'Nog niet te berekenen' }]
      : []),
    ...(dossier.uitkomst ? [{ label: 'Uitkomst', waarde: isUitkomst(dossier.uitkomst) ? uitkomstLabel(dossier.uitkomst, dossier.toepassingsgebied) : dossier.uitkomst }] : []),
    { label: 'Coördinator', waarde: dossier.coordinator || 'Niet ingevuld' },
  ];
  return {
    zaaknummer: dossier.zaaknummer,
    gegevens,
    betrokkenen: detail.betrokkenen.map(({ betrokkene, rollen }) => ({
      naam: betrokkene.naam,
      soort: betrokkene.soort === 'persoon' ? 'Natuurlijk persoon' : 'Rechtspersoon',
      rollen: rollen.map((rol) => (rol.aandeelPercentage === null ? rolLabel(rol.rol) : `${rolLabel(rol.rol)} (${rol.aandeelPercentage}%)`)).join(', '),
    })),
    afgedruktOp: formatDutchDate(today(ctx) as Parameters<typeof formatDutchDate>[0]),
  };
}

/** The dossier's summary: its data and betrokkenen, no findings, advice or notes. */
export async function printDossier(ctx: ServiceContext, input: ParsedInput<'afdrukken.dossier'>): Promise<Afgedrukt> {
  const pagePrinter = printer(ctx);
  const html = dossierSamenvattingHtml(samenvatting(ctx, input.dossierId));
  const afgedrukt = await pagePrinter.printHtml(html);
  if (afgedrukt) inTransactionWithAudit(ctx, () => ({ result: undefined, audit: { action: 'dossier.afgedrukt', entityType: 'dossier', entityId: input.dossierId, details: {} } }));
  return { afgedrukt };
}

/** A stored letter, printed from the same content as its Word document and its PDF. */
export async function printBrief(ctx: ServiceContext, input: ParsedInput<'afdrukken.brief'>): Promise<Afgedrukt> {
  const pagePrinter = printer(ctx);
  const db = ctx.vault.database();
  const brief = findBrief(db, input.briefId);
  if (!brief) throw new BibobError('NOT_FOUND', 'Deze brief bestaat niet (meer).');
  const opmaak = briefOpmaak(db, brief.id);
  if (!opmaak) throw new BibobError('CONFLICT', 'Van deze brief is de opmaak niet bewaard; maak de brief opnieuw om hem af te drukken.');
  const afgedrukt = await pagePrinter.printHtml(briefNaarHtml(opmaak));
  if (afgedrukt) {
    inTransactionWithAudit(ctx, () => ({ result: undefined, audit: { action: 'brief.afgedrukt', entityType: 'dossier', entityId: brief.dossierId, details: { briefId: brief.id, soort: brief.soort } } }));
  }
  return { afgedrukt };
}
