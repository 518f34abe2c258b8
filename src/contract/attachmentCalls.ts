/** The contract calls of the attachments in the vault (issue 10). */
export const attachmentCalls = {} as const;
