import { writeFile } from 'node:fs/promises';
import { BibobError } from '../../src/contract/errors';
import type { CallOutput, ParsedInput } from '../../src/contract';
import { pngAfmetingen } from '../../src/domain/brieven';
import { netwerkTekening, percentageTekst, relatieGrondslagen } from '../../src/domain/netwerk';
import { relatieSoorten } from '../../src/domain/betrokkenen';
import type { VaultDatabase } from '../vault/database';
import { readBeoordeling } from '../vault/repositories/beoordeling';
import { findDossier } from '../vault/repositories/dossiers';
import {
  auditOverBetrokkene,
  betrokkenenVanDossier,
  dossiersVanBetrokkene,
  gerelateerdeBetrokkenen,
  netwerkBetrokkenen,
  netwerkRond,
  relatiesTussen,
  relatiesVanBetrokkene,
  rollenVanBetrokkene,
} from '../vault/repositories/netwerk';
import { inTransactionWithAudit, type ServiceContext } from './context';
import { requireBetrokkene } from './betrokkeneService';

/** The most betrokkenen one drawing shows; a larger network is cut off, and the page says so. */
export const MAX_KNOPEN = 150;

/** The largest PNG accepted from the renderer, in pixels per side. */
const MAX_PNG_ZIJDE = 4000;

/**
 * Everything the vault knows about one betrokkene, across dossiers: its data, its roles (with phase and outcome),
 * its relations, the findings about it with their use restrictions, and the audit records about it. Viewing it
 * is audited on the betrokkene.
 */
export function betrokkenePagina(ctx: ServiceContext, input: ParsedInput<'betrokkenen.get'>): CallOutput<'betrokkenen.get'> {
  return inTransactionWithAudit(ctx, (db) => {
    const betrokkene = requireBetrokkene(db, input.betrokkeneId);
    const rollen = rollenVanBetrokkene(db, betrokkene.id);
    const dossierIds = dossiersVanBetrokkene(db, betrokkene.id);
    const zaaknummers = new Map(rollen.map((rol) => [rol.dossierId, rol.zaaknummer]));
    const relaties = relatiesVanBetrokkene(db, betrokkene.id).map((relatie) => {
      const van = relatie.vanId === betrokkene.id;
      const [eerste, tweede] = van ? [betrokkene.naam, relatie.anderNaam] : [relatie.anderNaam, betrokkene.naam];
      return {
        id: relatie.id,
        richting: van ? ('van' as const) : ('naar' as const),
        ander: { id: relatie.anderId, naam: relatie.anderNaam, soort: relatie.anderSoort },
        soort: relatie.soort,
        percentage: relatie.percentage,
        zin: `${eerste} ${relatieSoorten[relatie.soort]} ${tweede}${relatie.percentage === null ? '' : ` (${percentageTekst(relatie.percentage)})`}`,
        grondslag: relatieGrondslagen[relatie.soort],
      };
    });
    const bevindingen = dossierIds.flatMap((dossierId) =>
      readBeoordeling(db, dossierId)
        .beoordeling.bevindingen.filter((bevinding) => bevinding.betrokkeneId === betrokkene.id)
        .map((bevinding) => ({
          id: bevinding.id,
          dossierId,
          zaaknummer: zaaknummers.get(dossierId) ?? findDossier(db, dossierId)?.zaaknummer ?? '',
          soort: bevinding.soort,
          omschrijving: bevinding.omschrijving,
          bron: bevinding.bron,
          datum: bevinding.datum,
          ernst: bevinding.ernst,
          beperkingen: [...(bevinding.beperkingen ?? [])],
        })),
    );
    bevindingen.sort((a, b) => b.datum.localeCompare(a.datum) || a.zaaknummer.localeCompare(b.zaaknummer));
    const audit = auditOverBetrokkene(db, betrokkene.id, dossierIds);
    return {
      result: { betrokkene, rollen, relaties, bevindingen, audit },
      audit: { action: 'betrokkene.bekeken', entityType: 'betrokkene', entityId: betrokkene.id, details: {} },
    };
  });
}

type Vanaf = { betrokkeneId?: string | undefined; dossierId?: string | undefined };

/** The network's betrokkenen and relations, from where it starts; throws NOT_FOUND for an unknown start. */
function buildNetwerk(db: VaultDatabase, vanaf: Vanaf): CallOutput<'netwerk.get'> {
  let bereik: { ids: string[]; afgekapt: boolean };
  let start: CallOutput<'netwerk.get'>['vanaf'];
  if (vanaf.betrokkeneId !== undefined) {
    const betrokkene = requireBetrokkene(db, vanaf.betrokkeneId);
    bereik = netwerkRond(db, [betrokkene.id], MAX_KNOPEN);
    start = { soort: 'betrokkene', id: betrokkene.id, naam: betrokkene.naam };
  } else if (vanaf.dossierId !== undefined) {
    const dossier = findDossier(db, vanaf.dossierId);
    if (!dossier) throw new BibobError('NOT_FOUND', 'Dit dossier bestaat niet (meer).');
    bereik = netwerkRond(db, betrokkenenVanDossier(db, dossier.id), MAX_KNOPEN);
    start = { soort: 'dossier', id: dossier.id, naam: dossier.zaaknummer };
  } else {
    bereik = gerelateerdeBetrokkenen(db, MAX_KNOPEN);
    start = { soort: 'kluis', id: null, naam: null };
  }
  const tekening = netwerkTekening(netwerkBetrokkenen(db, bereik.ids), relatiesTussen(db, bereik.ids));
  return {
    vanaf: start,
    knopen: tekening.knopen.map((knoop) => ({ ...knoop, zaaknummers: [...knoop.zaaknummers] })),
    lijnen: [...tekening.lijnen],
    afgekapt: bereik.afgekapt,
    maxKnopen: MAX_KNOPEN,
  };
}

function vanafDetails(vanaf: Vanaf): Record<string, string> {
  return vanaf.betrokkeneId !== undefined ? { betrokkeneId: vanaf.betrokkeneId } : vanaf.dossierId !== undefined ? { dossierId: vanaf.dossierId } : {};
}

/** The drawing's data across dossiers; viewing it is audited. */
export function netwerk(ctx: ServiceContext, input: ParsedInput<'netwerk.get'>): CallOutput<'netwerk.get'> {
  return inTransactionWithAudit(ctx, (db) => {
    const view = buildNetwerk(db, input);
    return {
      result: view,
      audit: { action: 'netwerk.bekeken', entityType: 'kluis', entityId: null, details: { ...vanafDetails(input), betrokkenen: view.knopen.length, relaties: view.lijnen.length } },
    };
  });
}

/**
 * The drawing as PNG, through the export target (a save dialog in the app, the export folder in the preview): an
 * explicit export for the internal advice, audited with what it showed. Not a verstrekking: it stays with the
 * coordinator, like the agenda's calendar file.
 */
export async function exportPng(ctx: ServiceContext, input: ParsedInput<'netwerk.exportPng'>): Promise<CallOutput<'netwerk.exportPng'>> {
  const afmetingen = pngAfmetingen(input.png);
  if (!afmetingen || afmetingen.breedte > MAX_PNG_ZIJDE || afmetingen.hoogte > MAX_PNG_ZIJDE) {
    throw new BibobError('VALIDATION', 'De tekening is geen geldige afbeelding.', { issues: [{ path: 'png', message: `De tekening is geen PNG van hoogstens ${MAX_PNG_ZIJDE} × ${MAX_PNG_ZIJDE} beeldpunten.` }] });
  }
  const chooseSavePath = ctx.exportTarget?.chooseSavePath;
  if (!chooseSavePath) throw new BibobError('INTERNAL', 'Exporteren is hier niet mogelijk.');
  const view = buildNetwerk(ctx.vault.database(), input);
  const naam = view.vanaf.naam ? `Netwerk ${view.vanaf.naam.replace(/[\\/:*?"<>|]+/g, ' ').trim()}.png` : 'Netwerk van betrokkenen.png';
  const target = await chooseSavePath.call(ctx.exportTarget, naam);
  if (!target) return { exported: false };
  await writeFile(target, Buffer.from(input.png, 'base64'), { mode: 0o600 });
  inTransactionWithAudit(ctx, () => ({
    result: undefined,
    audit: {
      action: 'netwerk.geexporteerd',
      entityType: 'kluis',
      entityId: null,
      details: { ...vanafDetails(input), formaat: 'png', breedte: afmetingen.breedte, hoogte: afmetingen.hoogte, betrokkenen: view.knopen.length, relaties: view.lijnen.length },
    },
  }));
  return { exported: true };
}
