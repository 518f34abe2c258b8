/**
 * Correcting and withdrawing a finding of the assessment (issue 18 §2). A stored assessment always meets the rules of
 * art. 3, 3a and 4 Wet Bibob (rules.ts; beoordeling.save refuses otherwise), and a correction or withdrawal keeps it
 * so: it is refused when the assessment that remains no longer holds. So a degree of danger never rests on a finding
 * that was withdrawn: the coordinator first revises the degree (or the relation), then withdraws.
 */
import { assessmentProblems, type Art4Kader } from './rules';
import type { AssessmentProblem, Beoordeling, Bevinding, ProposedMeasure, Relatie } from './types';

export type BevindingWijziging =
  | { readonly ok: true; readonly beoordeling: Beoordeling; readonly voor: Bevinding; readonly vervallenRelaties: readonly Relatie[] }
  | { readonly ok: false; readonly reden: 'onbekend' }
  | { readonly ok: false; readonly reden: 'regels'; readonly problemen: readonly AssessmentProblem[] };

/** The finding corrected in place (same id); its relations stay, and must still hold for the corrected finding. */
export function bevindingCorrigeren(beoordeling: Beoordeling, bevinding: Bevinding, measure: ProposedMeasure, kader: Art4Kader): BevindingWijziging {
  const voor = beoordeling.bevindingen.find((candidate) => candidate.id === bevinding.id);
  if (!voor) return { ok: false, reden: 'onbekend' };
  const na: Beoordeling = { ...beoordeling, bevindingen: beoordeling.bevindingen.map((candidate) => (candidate.id === bevinding.id ? bevinding : candidate)) };
  const problemen = assessmentProblems(na, measure, kader);
  return problemen.length > 0 ? { ok: false, reden: 'regels', problemen } : { ok: true, beoordeling: na, voor, vervallenRelaties: [] };
}

/**
 * The finding withdrawn: it leaves the assessment, and so do the relations of art. 3 lid 4 that link a betrokkene to
 * it (a relation to a fact that is not on record says nothing). Refused when a degree of danger, lid 6 or the
 * proposed measure then rests on nothing the rules accept.
 */
export function bevindingIntrekken(beoordeling: Beoordeling, bevindingId: string, measure: ProposedMeasure, kader: Art4Kader): BevindingWijziging {
  const voor = beoordeling.bevindingen.find((candidate) => candidate.id === bevindingId);
  if (!voor) return { ok: false, reden: 'onbekend' };
  const vervallenRelaties = beoordeling.relaties.filter((relatie) => relatie.bevindingId === bevindingId);
  const na: Beoordeling = {
    ...beoordeling,
    bevindingen: beoordeling.bevindingen.filter((candidate) => candidate.id !== bevindingId),
    relaties: beoordeling.relaties.filter((relatie) => relatie.bevindingId !== bevindingId),
  };
  const problemen = assessmentProblems(na, measure, kader);
  return problemen.length > 0 ? { ok: false, reden: 'regels', problemen } : { ok: true, beoordeling: na, voor, vervallenRelaties };
}
