import { BibobError } from '../../src/contract/errors';
import { allowedTypesText } from './fileTypes';

/** Why an import was refused; stable, for the UI and for tests (the message is for the coordinator). */
export type RejectionReason = 'leeg' | 'te-groot' | 'niet-gevonden' | 'geen-toegang' | 'geen-bestand' | 'onleesbaar' | 'type-niet-toegestaan' | 'gewijzigd';

export interface RejectionDetails {
  readonly reden: RejectionReason;
  readonly bestandsnaam: string;
  readonly grootte?: number;
  readonly maximum?: number;
}

/** 1536 → "1,5 kB", 2147483648 → "2 GB" (decimal units, as file managers on Windows and macOS show them). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const shown = unit === 0 ? String(value) : new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(value);
  return `${shown} ${units[unit]}`;
}

const notImported = 'Het is niet geïmporteerd.';

export function rejection(reden: RejectionReason, bestandsnaam: string, extra: { grootte?: number; maximum?: number } = {}): BibobError {
  const name = `"${bestandsnaam}"`;
  const message = {
    leeg: `Het bestand ${name} is leeg. ${notImported}`,
    'te-groot': `Het bestand ${name} is groter dan het maximum van ${formatBytes(extra.maximum ?? 0)}${extra.grootte === undefined ? '' : ` (het is ${formatBytes(extra.grootte)})`}. ${notImported}`,
    'niet-gevonden': `Het bestand ${name} is niet gevonden. Misschien is het verplaatst of verwijderd. ${notImported}`,
    'geen-toegang': `Het bestand ${name} mag niet worden gelezen: u hebt er geen toegang toe. ${notImported}`,
    'geen-bestand': `${name} is geen bestand (maar bijvoorbeeld een map). Kies een bestand.`,
    onleesbaar: `Het bestand ${name} kon niet worden gelezen. ${notImported}`,
    'type-niet-toegestaan': `Het bestand ${name} is van een soort die niet is toegestaan. Toegestaan zijn ${allowedTypesText}; de soort wordt aan de inhoud herkend, niet aan de naam. ${notImported}`,
    gewijzigd: `Het bestand ${name} veranderde terwijl het werd geïmporteerd. Probeer het opnieuw als het bestand klaar is. ${notImported}`,
  }[reden];
  const details: RejectionDetails = { reden, bestandsnaam, ...extra };
  return new BibobError('FILE_REJECTED', message, details);
}

/** The rejection for an error of the file system while opening or reading the source file. */
export function rejectionForSystemError(error: NodeJS.ErrnoException, bestandsnaam: string): BibobError {
  switch (error.code) {
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ELOOP':
    case 'ENAMETOOLONG':
      return rejection('niet-gevonden', bestandsnaam);
    case 'EACCES':
    case 'EPERM':
      return rejection('geen-toegang', bestandsnaam);
    case 'EISDIR':
      return rejection('geen-bestand', bestandsnaam);
    default:
      return rejection('onleesbaar', bestandsnaam);
  }
}

export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}
