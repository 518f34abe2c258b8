import { performance } from 'node:perf_hooks';
import { STANDAARD_HUISSTIJL } from '../../src/domain/brieven';
import { briefNaarDocx } from '../../main/letters/docxWriter';
import { briefSoortIds, briefSoorten, maakBrief, veldenVan, type BriefSoortId, type VeldWaarde } from '../../src/domain/brieven';

/*
 * Letter generation (issue 12): template → blocks → .docx in memory, per letter type with every field filled, and
 * the internal advice at about 20 pages (300 findings). The service call adds reading the dossier and storing the
 * result; that is measured in run.ts through the dispatcher.
 */

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function filled(soort: BriefSoortId, lijstLengte: number): Record<string, VeldWaarde> {
  return Object.fromEntries(
    Object.entries(veldenVan(soort)).map(([naam, veld]): [string, VeldWaarde] => [
      naam,
      veld.soort === 'tekst'
        ? `Waarde van ${naam} met Ëlla & <Zn> "quotes"`
        : veld.soort === 'lijst'
          ? Array.from({ length: lijstLengte }, (_, index) => `Punt ${index + 1} van ${naam}: een regel van gemiddelde lengte met een bron, een datum en een omschrijving die een paar regels beslaat in de brief.`)
          : [{ soort: 'kop', tekst: naam }, { soort: 'lijst', items: Array.from({ length: lijstLengte }, (_, index) => `Regel ${index + 1}`) }],
    ]),
  );
}

async function timeLetter(soort: BriefSoortId, lijstLengte: number, rounds: number): Promise<{ ms: number; bytes: number }> {
  const waarden = filled(soort, lijstLengte);
  const samples: number[] = [];
  let bytes = 0;
  for (let round = 0; round < rounds + 3; round += 1) {
    const start = performance.now();
    const result = maakBrief(soort, briefSoorten[soort].standaard, waarden);
    if (!result.ok) throw new Error(`${soort}: ${result.problemen[0]!.melding}`);
    const docx = await briefNaarDocx(result.brief, { kenmerk: 'BIBOB-2026-0001', huisstijl: STANDAARD_HUISSTIJL });
    if (round >= 3) samples.push(performance.now() - start);
    bytes = docx.length;
  }
  return { ms: median(samples), bytes };
}

export async function measureLetterGeneration(rounds = 30): Promise<{ perSoort: { soort: BriefSoortId; ms: number }[]; internAdvies20: { ms: number; bytes: number } }> {
  const perSoort: { soort: BriefSoortId; ms: number }[] = [];
  for (const soort of briefSoortIds) perSoort.push({ soort, ms: (await timeLetter(soort, 5, rounds)).ms });
  // 300 findings of about three lines each, plus relations and danger: about 20 pages in LibreOffice.
  const internAdvies20 = await timeLetter('intern-advies', 300, Math.max(5, Math.floor(rounds / 3)));
  return { perSoort, internAdvies20 };
}
