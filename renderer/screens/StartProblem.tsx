import { Button } from '@utrecht/button-react';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenHeading } from '../components/ScreenHeading';

/** Shown when the app could not even learn whether there is a vault. */
export function StartProblem({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <>
      <ScreenHeading>Bibob Werkbank kan niet starten</ScreenHeading>
      <ErrorAlert content={message} />
      <p className="alternative-action">
        <Button appearance="primary-action-button" onClick={onRetry}>
          Opnieuw proberen
        </Button>
      </p>
    </>
  );
}
