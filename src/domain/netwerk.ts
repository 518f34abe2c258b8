/**
 * The network of betrokkenen across dossiers: who leads, controls, finances, rents to or works with whom. The
 * drawing and its table are built from the same plain data, here, so that what is drawn and what a screen reader
 * hears cannot differ.
 *
 * Each recorded relation is read as one of the ways a betrokkene "in relatie staat" in art. 3 lid 4 Wet Bibob:
 * sub b — he directly or indirectly leads, controls or provides capital to a legal person; sub c — the other is his
 * leidinggevende, zeggenschaphebbende, vermogensverschaffer, or is or was in a zakelijk samenwerkingsverband with
 * him. Art. 1 lid 1 defines the first three ("direct of indirect"); the law leaves the zakelijk samenwerkingsverband
 * undefined, and case law counts the landlord of the premises among it.
 */
import { relatieSoorten, type BetrokkeneSoort, type RelatieSoort } from './betrokkenen';

/** The art. 3 lid 4 reading of each kind of relation, as the table shows it. */
export const relatieGrondslagen: Readonly<Record<RelatieSoort, string>> = {
  'bestuurder-van': 'leidinggevende (art. 1 lid 1; art. 3 lid 4 sub b en c Wet Bibob)',
  'aandeelhouder-van': 'zeggenschap en vermogen (art. 1 lid 1; art. 3 lid 4 sub b en c Wet Bibob)',
  'ubo-van': 'zeggenschaphebbende (art. 1 lid 1; art. 3 lid 4 sub b en c Wet Bibob)',
  'financier-van': 'vermogensverschaffer (art. 1 lid 1; art. 3 lid 4 sub b en c Wet Bibob)',
  'verhuurder-aan': 'zakelijk samenwerkingsverband (art. 3 lid 4 sub c Wet Bibob)',
  'samenwerkingsverband-met': 'zakelijk samenwerkingsverband (art. 3 lid 4 sub c Wet Bibob)',
};

/** The short word on an edge of the drawing; the table has the whole sentence. */
const EDGE_WORDS: Readonly<Record<RelatieSoort, string>> = {
  'bestuurder-van': 'bestuurder',
  'aandeelhouder-van': 'aandeelhouder',
  'ubo-van': 'UBO',
  'financier-van': 'financier',
  'verhuurder-aan': 'verhuurder',
  'samenwerkingsverband-met': 'samenwerkingsverband',
};

/** How a kind of betrokkene is drawn: by shape first, so that colour is never the only difference. */
export const knoopVormen: Readonly<Record<BetrokkeneSoort, { vorm: 'ellipse' | 'round-rectangle'; omschrijving: string }>> = {
  persoon: { vorm: 'ellipse', omschrijving: 'Natuurlijk persoon: ovaal' },
  rechtspersoon: { vorm: 'round-rectangle', omschrijving: 'Rechtspersoon: rechthoek' },
};

export interface NetwerkBetrokkene {
  readonly id: string;
  readonly soort: BetrokkeneSoort;
  readonly naam: string;
  /** The zaaknummers of the dossiers it is linked to. */
  readonly zaaknummers: readonly string[];
}

export interface NetwerkRelatie {
  readonly id: string;
  readonly vanId: string;
  readonly naarId: string;
  readonly soort: RelatieSoort;
  readonly percentage: number | null;
}

export interface NetwerkKnoop {
  readonly id: string;
  readonly naam: string;
  readonly soort: BetrokkeneSoort;
  readonly vorm: 'ellipse' | 'round-rectangle';
  readonly zaaknummers: readonly string[];
}

export interface NetwerkLijn {
  readonly id: string;
  readonly vanId: string;
  readonly naarId: string;
  readonly soort: RelatieSoort;
  readonly percentage: number | null;
  /** On the drawing: "aandeelhouder 60%". */
  readonly label: string;
  /** In the table: "Holding B.V. is aandeelhouder van Café B.V. (60%)". */
  readonly zin: string;
  readonly grondslag: string;
}

export interface NetwerkTekening {
  readonly knopen: readonly NetwerkKnoop[];
  readonly lijnen: readonly NetwerkLijn[];
}

/** "60%", "12,5%": a share as Dutch writes it. */
export function percentageTekst(percentage: number): string {
  return `${percentage.toLocaleString('nl-NL', { maximumFractionDigits: 2 })}%`;
}

/**
 * The drawing's data: one node per betrokkene (sorted by name, then id), one edge per relation whose both ends are
 * in the network (sorted like the table: by the name of the first, then the second betrokkene, then the kind). A
 * relation to someone outside the network is left out rather than drawn to nowhere; a repeated relation id once.
 */
export function netwerkTekening(betrokkenen: readonly NetwerkBetrokkene[], relaties: readonly NetwerkRelatie[]): NetwerkTekening {
  const byId = new Map<string, NetwerkBetrokkene>();
  for (const betrokkene of betrokkenen) if (!byId.has(betrokkene.id)) byId.set(betrokkene.id, betrokkene);
  const byName = (a: { naam: string; id: string }, b: { naam: string; id: string }) => a.naam.localeCompare(b.naam, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const knopen = [...byId.values()].sort(byName).map((betrokkene) => ({
    id: betrokkene.id,
    naam: betrokkene.naam,
    soort: betrokkene.soort,
    vorm: knoopVormen[betrokkene.soort].vorm,
    zaaknummers: [...new Set(betrokkene.zaaknummers)].sort(),
  }));
  const seen = new Set<string>();
  const lijnen: NetwerkLijn[] = [];
  for (const relatie of relaties) {
    const van = byId.get(relatie.vanId);
    const naar = byId.get(relatie.naarId);
    if (!van || !naar || van.id === naar.id || seen.has(relatie.id)) continue;
    seen.add(relatie.id);
    const aandeel = relatie.percentage === null ? '' : percentageTekst(relatie.percentage);
    lijnen.push({
      id: relatie.id,
      vanId: van.id,
      naarId: naar.id,
      soort: relatie.soort,
      percentage: relatie.percentage,
      label: aandeel ? `${EDGE_WORDS[relatie.soort]} ${aandeel}` : EDGE_WORDS[relatie.soort],
      zin: `${van.naam} ${relatieSoorten[relatie.soort]} ${naar.naam}${aandeel ? ` (${aandeel})` : ''}`,
      grondslag: relatieGrondslagen[relatie.soort],
    });
  }
  const naam = (id: string) => byId.get(id)!.naam;
  lijnen.sort((a, b) => naam(a.vanId).localeCompare(naam(b.vanId), 'nl') || naam(a.naarId).localeCompare(naam(b.naarId), 'nl') || a.soort.localeCompare(b.soort) || (a.id < b.id ? -1 : 1));
  return { knopen, lijnen };
}
