/** The contract calls of the Bibob-vragenformulier per dossier (issue 10). */
export const questionnaireCalls = {} as const;
