import { beleidsregelNaarJson, VOORBEELD_BELEID, type Beleidsregel } from '../../src/domain/beleid';

/** A municipality's own beleid for tests: the example's criteria under its own name, version and date, as JSON. */
export function eigenBeleid(naam: string, versie: string, change: (beleid: Beleidsregel) => void = () => {}): string {
  const beleid = JSON.parse(beleidsregelNaarJson(VOORBEELD_BELEID)) as Beleidsregel;
  beleid.naam = naam;
  beleid.versie = versie;
  beleid.vastgesteldOp = '2026-11-01';
  beleid.voorbeeld = false;
  delete beleid.toelichting;
  change(beleid);
  return beleidsregelNaarJson(beleid);
}
