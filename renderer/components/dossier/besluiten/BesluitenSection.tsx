import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import type { BesluitenView } from '../../../../src/contract/besluitenCalls';
import { bibob, unwrap } from '../../../bridge';
import { formatCalendarDate, formatCalendarDateWithWeekday } from '../../../format';
import { useBesluiten } from './useBesluiten';
import { ErrorAlert } from '../../ErrorAlert';
import { FormActions } from '../../FormActions';
import { StatusMessage } from '../../StatusMessage';
import { DossierSection, type ConfirmationProps } from '../DossierSection';
import { TermijnUitleg } from '../TermijnUitleg';
import { WithdrawForm } from '../WithdrawForm';
import { VerderBesluitForm } from './VerderBesluitForm';

type VerderBesluit = BesluitenView['besluiten'][number];

interface BesluitenSectionProps extends ConfirmationProps {
  readonly dossierId: string;
  /** Changes when something else on the page may have moved the terms (an LBB request, a herstelverzoek). */
  readonly version: number;
  readonly onDossierChanged: () => Promise<void>;
}

/**
 * "Besluiten in dit dossier" (issue 19 item 12): the dossier's own decision and every further decision of the same
 * toepassingsgebied, each with its own beslistermijn, outcome and besluitdatum; adding, correcting and withdrawing a
 * further decision.
 */
export function BesluitenSection({ dossierId, version, onDossierChanged, confirmation, onConfirmationChange }: BesluitenSectionProps) {
  const view = useBesluiten(dossierId, version);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const saved = (message: string) => (next: BesluitenView) => {
    view.replace(next);
    setCorrecting(null);
    void onDossierChanged().then(() => onConfirmationChange(message));
  };

  const value = view.value;
  return (
    <DossierSection headingId="dossier-besluiten" title="Besluiten in dit dossier">
      <ErrorAlert content={view.error} />
      {value && (
        <>
          <p className="prose">
            Een dossier kan meer dan één besluit betreffen, bijvoorbeeld een exploitatievergunning en een Alcoholwetvergunning voor dezelfde onderneming. Elk besluit heeft een eigen beslistermijn, grondslag en uitkomst; het dossier kan pas worden afgesloten als elk besluit een uitkomst heeft.
          </p>
          <ul className="assessment-list">
            <li>
              <h3>{value.eerste.label ?? 'Soort besluit nog niet gekozen'} (besluit van het dossier)</h3>
              <TermijnUitleg termijn={value.eerste.termijn} />
              <p className="muted">De uitkomst en de besluitdatum van dit besluit legt u vast bij Zienswijze en besluit.</p>
            </li>
            {value.besluiten.map((besluit) => (
              <li key={besluit.id}>
                <h3>{besluit.label}</h3>
                <dl className="details">
                  <dt>Aanvraag ontvangen</dt>
                  <dd>{besluit.termijnVanaf ? `${formatCalendarDate(besluit.termijnVanaf)}${besluit.ontvangenOp === null ? ' (gelijk met de aanvraag van het dossier)' : ''}` : 'Nog niet ingevuld'}</dd>
                  <dt>Opschorting LBB-advies (art. 31 Wet Bibob)</dt>
                  <dd>{besluit.lbbAdvies ? 'Ja, de adviesaanvraag betreft ook dit besluit' : 'Nee'}</dd>
                  <dt>Opschorting herstel (art. 4:15 Awb)</dt>
                  <dd>{besluit.herstel ? 'Ja, de herstelverzoeken betreffen ook deze aanvraag' : 'Nee'}</dd>
                  {besluit.grondslag && (
                    <>
                      <dt>Grondslag van de uitkomst</dt>
                      <dd>{besluit.grondslag}</dd>
                    </>
                  )}
                </dl>
                <TermijnUitleg termijn={besluit.termijn} />
                <p>
                  {besluit.uitkomst === null
                    ? 'Nog geen uitkomst. '
                    : `Uitkomst: ${besluit.uitkomsten.find((optie) => optie.id === besluit.uitkomst)?.label ?? besluit.uitkomst}${besluit.besluitOp ? `, besluit genomen op ${formatCalendarDate(besluit.besluitOp)}` : ''}. `}
                  <span className="muted">De uitkomst en de besluitdatum legt u vast bij Zienswijze en besluit.</span>
                </p>
                {correcting === besluit.id ? (
                  <VerderBesluitForm
                    soorten={[besluit.soort, ...value.soorten]}
                    besluit={besluit}
                    submitLabel="Correctie opslaan"
                    save={(invoer, reden) => unwrap(bibob.besluiten.correct({ besluitId: besluit.id, besluit: invoer, reden }))}
                    onSaved={saved('De correctie is opgeslagen.')}
                    onCancel={() => setCorrecting(null)}
                  />
                ) : (
                  <FormActions>
                    <Button appearance="secondary-action-button" onClick={() => setCorrecting(besluit.id)}>
                      {`${besluit.label} corrigeren`}
                    </Button>
                  </FormActions>
                )}
                <WithdrawForm
                  button={`${besluit.label} uit het dossier halen`}
                  what={`het besluit '${besluit.label}'`}
                  consequence="Het telt dan niet meer mee voor de termijnen, de agenda en het afsluiten van het dossier."
                  withdraw={(reden) => unwrap(bibob.besluiten.withdraw({ besluitId: besluit.id, reden }))}
                  onWithdrawn={saved(`${besluit.label} is uit het dossier gehaald.`)}
                />
              </li>
            ))}
          </ul>
          <h3>Besluit toevoegen</h3>
          {value.soorten.length === 0 ? (
            <p className="muted">Er is geen andere soort besluit van dit toepassingsgebied meer om toe te voegen.</p>
          ) : (
            <VerderBesluitForm
              key={formKey}
              soorten={value.soorten}
              submitLabel="Besluit toevoegen"
              save={(invoer) => unwrap(bibob.besluiten.add({ dossierId, besluit: invoer }))}
              onSaved={(next) => {
                setFormKey((key) => key + 1);
                const added = next.besluiten.at(-1);
                saved(
                  added && added.termijn.deadline
                    ? `${added.label} is toegevoegd. De uiterste beslisdatum is ${formatCalendarDateWithWeekday(added.termijn.deadline)}.`
                    : 'Het besluit is toegevoegd.',
                )(next);
              }}
            />
          )}
          <StatusMessage>{confirmation}</StatusMessage>
        </>
      )}
    </DossierSection>
  );
}
