/**
 * The legal bases the deadline engine cites, in one place so that every step names its article the same way.
 * Texts read in the consolidated versions: Awb 2026-07-01, Omgevingswet 2026-07-01, Wet Bibob 2025-07-16,
 * Algemene termijnenwet 2010-10-10 (../shared/bibob-domain.md §5).
 */
export const LEGAL_BASIS = {
  /** "binnen N weken na ontvangst": from the day after receipt to the same weekday N weeks later. */
  weekCounting: 'telling als art. 6:8 lid 1 Awb; CRvB 7-6-2011, ECLI:NL:CRVB:2011:BQ8709',
  awb3_18Lid1: 'art. 3:18 lid 1 Awb',
  awb4_5Lid4: 'art. 4:5 lid 4 Awb',
  awb4_13Lid1: 'art. 4:13 lid 1 Awb',
  awb4_13Lid2: 'art. 4:13 lid 2 Awb',
  awb4_14Lid1: 'art. 4:14 lid 1 Awb',
  awb4_14Lid3: 'art. 4:14 lid 3 Awb',
  awb4_15Lid1SubA: 'art. 4:15 lid 1 sub a Awb',
  awb4_15Lid2SubA: 'art. 4:15 lid 2 sub a Awb',
  awb4_15Lid2SubB: 'art. 4:15 lid 2 sub b Awb',
  awb4_15Lid2SubC: 'art. 4:15 lid 2 sub c Awb',
  awb4_15Lid3: 'art. 4:15 lid 3 Awb',
  awb4_15Lid4: 'art. 4:15 lid 4 Awb',
  awb4_17: 'art. 4:17 Awb',
  awb6_7: 'art. 6:7 Awb',
  awb6_8Lid1: 'art. 6:8 lid 1 Awb',
  herstelZonderTermijn: 'art. 4:15 lid 1 sub a Awb; ABRvS 21-9-2016, ECLI:NL:RVS:2016:2527',
  bibob15: 'art. 15 lid 1–3 Wet Bibob',
  bibob31: 'art. 31 Wet Bibob',
  ow16_64Lid1: 'art. 16.64 lid 1 Omgevingswet',
  ow16_64Lid2: 'art. 16.64 lid 2 Omgevingswet',
  atw1Lid1: 'art. 1 lid 1 Algemene termijnenwet',
  atw2: 'art. 2 Algemene termijnenwet',
  atw3Lid1: 'art. 3 lid 1 Algemene termijnenwet',
  atw3Lid2: 'art. 3 lid 2 Algemene termijnenwet',
  atw3Lid3: 'art. 3 lid 3 Algemene termijnenwet',
  atw4SubA: 'art. 4 sub a Algemene termijnenwet',
  atw5: 'art. 5 Algemene termijnenwet',
} as const;
