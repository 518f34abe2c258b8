import { useState, type ReactNode } from 'react';
import { Button } from '@utrecht/button-react';
import { unwrap } from '../bridge';
import type { Envelope } from '../../src/contract/errors';
import { messageOf } from '../errors';
import { ErrorAlert } from './ErrorAlert';
import { StatusMessage } from './StatusMessage';

interface PrintButtonProps {
  /** The afdrukken.* call: main builds the page from the vault and opens the system's print dialog. */
  readonly print: () => Promise<Envelope<{ afgedrukt: boolean }>>;
  readonly children: ReactNode;
}

/**
 * A button that prints a page on paper through the desktop app's hidden print window. Its outcome is said beside
 * it: sent to the printer, cancelled, or why not (the preview has no printer and says so in Dutch).
 */
export function PrintButton({ print, children }: PrintButtonProps) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ afgedrukt: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(): Promise<void> {
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await unwrap(print()));
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="print-action">
      <Button appearance="secondary-action-button" onClick={() => void run()} disabled={busy} busy={busy}>
        {children}
      </Button>
      <ErrorAlert content={error} />
      {result && <StatusMessage tone={result.afgedrukt ? 'success' : 'info'}>{result.afgedrukt ? 'De pagina is naar de printer gestuurd.' : 'Het afdrukken is geannuleerd.'}</StatusMessage>}
    </div>
  );
}
