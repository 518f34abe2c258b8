/*
 * The applicant's withdrawal of an application. The Awb sets no form for it; what the dossier must show is when it
 * came in and how, because the date ends the beslistermijn and, on the withdrawal route of art. 7a lid 8 Wet Bibob,
 * the melding to the LBB names it.
 */
export const intrekkingWijzen = ['schriftelijk', 'digitaal', 'mondeling'] as const;
export type IntrekkingWijze = (typeof intrekkingWijzen)[number];

export const intrekkingWijzeLabels: Readonly<Record<IntrekkingWijze, string>> = {
  schriftelijk: 'per brief',
  digitaal: 'per e-mail of digitaal formulier',
  mondeling: 'mondeling (telefonisch of aan de balie), vastgelegd in een notitie',
};
