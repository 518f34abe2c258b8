import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../bridge';
import type { CallInput } from '../../../src/contract';
import type { VragenformulierView } from '../../../src/contract/questionnaireCalls';
import type { Betrokkene } from '../../../src/contract/schemas';
import { duplicateCandidatesOf } from '../../errors';
import { rolLabel } from '../../labels';
import { SubmissionForm } from '../SubmissionForm';
import { useSubmission } from '../../hooks/useSubmission';
import { DuplicateCandidates } from './DuplicateCandidates';

type Proposal = VragenformulierView['voorgesteldeBetrokkenen'][number];
type Keuze = Pick<CallInput<'vragenformulier.confirmProposedBetrokkene'>, 'bestaandeId' | 'bevestigNieuw'>;

/** The service either records the betrokkene, or names the records it may already be. */
type Outcome = { readonly formulier: VragenformulierView } | { readonly candidates: Betrokkene[] };

interface ProposedBetrokkeneItemProps {
  readonly dossierId: string;
  readonly proposal: Proposal;
  readonly onConfirmed: (formulier: VragenformulierView, proposal: Proposal) => Promise<void>;
  readonly onEdit: () => void;
}

/** One person or company the answers name: recorded as a betrokkene of the dossier at the coordinator's word. */
export function ProposedBetrokkeneItem({ dossierId, proposal, onConfirmed, onEdit }: ProposedBetrokkeneItemProps) {
  const [candidates, setCandidates] = useState<Betrokkene[] | null>(null);
  const submission = useSubmission([]);
  const aanvrager = proposal.bestaandeAanvrager;

  function confirm(keuze: Keuze): void {
    onEdit();
    void submission.run(
      async (): Promise<Outcome> => {
        try {
          const result = await unwrap(
            bibob.vragenformulier.confirmProposedBetrokkene({
              dossierId,
              bron: proposal.bron,
              ...(proposal.persoonId !== undefined ? { persoonId: proposal.persoonId } : {}),
              ...(proposal.genoemdDoor !== undefined ? { genoemdDoor: proposal.genoemdDoor.id } : {}),
              ...keuze,
            }),
          );
          return { formulier: result.vragenformulier };
        } catch (error) {
          const found = duplicateCandidatesOf(error);
          if (found) return { candidates: found };
          throw error;
        }
      },
      async (outcome) => {
        if ('candidates' in outcome) {
          setCandidates(outcome.candidates);
          return;
        }
        setCandidates(null);
        await onConfirmed(outcome.formulier, proposal);
      },
    );
  }

  return (
    <li className="proposals__item">
      <p className="candidates__name">{proposal.naam}</p>
      <p className="candidates__facts">
        {rolLabel(proposal.rol)} · genoemd bij vraag {proposal.bron}
        {proposal.genoemdDoor && <> door {proposal.genoemdDoor.naam}</>}
        {proposal.percentage !== undefined && <> · {proposal.percentage.toLocaleString('nl-NL')}%</>}
      </p>
      {proposal.bevestigd ? (
        <p className="muted">Vastgelegd als betrokkene.</p>
      ) : (
        <SubmissionForm submission={submission} onSubmit={() => confirm(aanvrager ? { bestaandeId: aanvrager.id } : {})} className="table-form">
          {aanvrager ? (
            <>
              <p>{`Dit is de aanvrager van dit dossier (${aanvrager.naam}). Koppel het antwoord aan die betrokkene in plaats van een tweede vast te leggen.`}</p>
              <Button type="submit" appearance="secondary-action-button" disabled={submission.busy} aria-label={`Koppelen aan de aanvrager: ${aanvrager.naam}`}>
                Koppelen aan de aanvrager
              </Button>
            </>
          ) : (
            <Button type="submit" appearance="secondary-action-button" disabled={submission.busy} aria-label={`Als betrokkene vastleggen: ${proposal.naam}`}>
              Als betrokkene vastleggen
            </Button>
          )}
          {candidates && (
            <DuplicateCandidates
              candidates={candidates}
              onUseExisting={(candidate) => confirm({ bestaandeId: candidate.id })}
              onConfirmNew={() => confirm({ bevestigNieuw: true })}
              confirmNewLabel="Toch als nieuwe betrokkene vastleggen"
            />
          )}
        </SubmissionForm>
      )}
    </li>
  );
}
