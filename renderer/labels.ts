import { besluitsoort } from '../src/domain/besluitsoorten';
import { toepassingsgebiedInfo, type Toepassingsgebied } from '../src/domain/toepassingsgebied';
import { uitkomstIds, uitkomstLabel } from '../src/domain/uitkomsten';
import { isClosed, isPhase, phaseLabels } from '../src/domain/workflow/phases';

/**
 * Dutch labels for the ids the contract carries. An id stored by another version of the app shows as it is,
 * rather than as nothing.
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function faseLabel(fase: string): string {
  return isPhase(fase) ? phaseLabels[fase] : fase;
}

/** Closed dossiers (afgerond, buiten behandeling, ingetrokken) have no running deadline. */
export function isOpenFase(fase: string): boolean {
  return !isPhase(fase) || !isClosed(fase);
}

export { rolInfo, rolLabel } from '../src/domain/betrokkenen';

export function besluitsoortLabel(id: string | null): string {
  if (id === null) return 'Nog niet bekend';
  return besluitsoort(id)?.label ?? id;
}

export function gebiedLabel(gebied: Toepassingsgebied): string {
  return toepassingsgebiedInfo[gebied].label;
}

type UitkomstId = (typeof uitkomstIds)[number];

function isUitkomst(value: string): value is UitkomstId {
  return (uitkomstIds as readonly string[]).includes(value);
}

export function uitkomstText(uitkomst: string | null, gebied: Toepassingsgebied): string {
  if (uitkomst === null) return 'Nog geen uitkomst';
  return isUitkomst(uitkomst) ? capitalize(uitkomstLabel(uitkomst, gebied)) : uitkomst;
}

/**
 * "Afgesloten: …" for a closed dossier, in the overview and at the top of its page. A withdrawn or not-considered
 * application ends that way whatever outcome was proposed before; an afgerond dossier ends with its recorded outcome.
 */
export function closedText(dossier: { fase: string; uitkomst: string | null; toepassingsgebied: Toepassingsgebied }): string {
  if (dossier.fase === 'ingetrokken') return `Afgesloten: ${uitkomstText('ingetrokken', dossier.toepassingsgebied)}`;
  if (dossier.fase === 'buiten-behandeling') return `Afgesloten: ${faseLabel(dossier.fase)}`;
  return `Afgesloten: ${uitkomstText(dossier.uitkomst, dossier.toepassingsgebied)}`;
}

const itemStatusLabels: Record<string, string> = {
  ontvangen: 'Ontvangen',
  ontbreekt: 'Ontbreekt',
  onvolledig: 'Onvolledig',
  'niet-van-toepassing': 'Niet van toepassing',
};

/** "Niet van toepassing" for 'niet-van-toepassing': the status of an item of the vragenformulier. */
export function itemStatusLabel(status: string): string {
  return itemStatusLabels[status] ?? status;
}

const bijlageSoortLabels: Record<string, string> = {
  pdf: 'PDF-document',
  png: 'PNG-afbeelding',
  jpeg: 'JPEG-afbeelding',
  gif: 'GIF-afbeelding',
  webp: 'WebP-afbeelding',
  docx: 'Word-document',
  xlsx: 'Excel-werkmap',
  eml: 'E-mailbericht',
  txt: 'Tekstbestand',
};

/** "Word-document" for 'docx': the kind of an attachment. */
export function bijlageSoortLabel(type: string): string {
  return bijlageSoortLabels[type] ?? type;
}

const verzoekStatusLabels: Readonly<Record<string, string>> = {
  concept: 'Concept',
  verzonden: 'Verzonden',
  verlengd: 'Verzonden, termijn verlengd',
  beantwoord: 'Beantwoord',
  ingetrokken: 'Ingetrokken',
};

export function verzoekStatusLabel(status: string): string {
  return verzoekStatusLabels[status] ?? status;
}
