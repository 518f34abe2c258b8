import { useCallback, useEffect, useState } from 'react';
import { bibob, unwrap } from '../../../bridge';
import type { BrievenView } from '../../../../src/contract/briefCalls';
import { formatCalendarDate, todayIsoDate } from '../../../format';
import { useReloadable } from '../../../hooks/useReloadable';
import { ErrorAlert } from '../../ErrorAlert';
import { Field } from '../../Field';
import { SelectField } from '../../SelectField';
import { ActionForm } from '../ActionForm';

/** What the invitation form takes over from the letter just made: to whom, and the term the letter names. */
export interface VoornemenGemaakt {
  readonly betrokkeneId: string;
  readonly uitgenodigdOp: string;
  readonly termijnTot: string;
}

interface VoornemenBriefProps {
  readonly dossierId: string;
  readonly onMade: (gemaakt: VoornemenGemaakt, titel: string) => void;
  readonly onEdit: () => void;
}

/**
 * The real order of the zienswijze step (art. 33 lid 1 Wet Bibob, Awb 4:8): first the letter with the voornemen that
 * invites the applicant to give a zienswijze, then the record that the invitation went out. Offered here as soon as
 * an outcome that needs the step is intended; the letter keeps every check of the Brieven section (grounds without
 * restricted findings, the postal address, the LBB advice and the secrecy warning).
 */
export function VoornemenBrief({ dossierId, onMade, onEdit }: VoornemenBriefProps) {
  const load = useCallback(() => unwrap(bibob.brieven.list({ dossierId })), [dossierId]);
  const { value: view, error, replace } = useReloadable(load);
  const [gekozen, setGekozen] = useState('');
  const [termijnTot, setTermijnTot] = useState('');
  useEffect(() => {
    let current = true;
    void bibob.zienswijze.proposeTerm({ uitgenodigdOp: todayIsoDate() }).then((result) => {
      if (current && result.ok) setTermijnTot((value) => value || result.value.termijnTot);
    });
    return () => {
      current = false;
    };
  }, []);

  if (view === null) return <ErrorAlert content={error} />;
  const opties = view.mogelijk.filter((optie) => optie.soort === 'voornemen-zienswijze' && optie.invoer.includes('zienswijzeTot') && optie.bronId !== null);
  const gemaakt = view.brieven.filter((brief) => brief.soort === 'voornemen-zienswijze');
  const optie = opties.find((entry) => entry.bronId === gekozen) ?? opties[0];
  return (
    <>
      <h3>Brief met het voornemen</h3>
      {gemaakt.map((brief) => (
        <p key={brief.id}>{`${brief.titel}, gemaakt op ${formatCalendarDate(todayIsoDate(new Date(brief.gemaaktOp)))} — te vinden bij Brieven`}</p>
      ))}
      {optie ? (
        <>
          {gemaakt.length === 0 ? (
            <p className="prose">
              Maak eerst de brief Voornemen met gelegenheid tot zienswijze: die zegt welk besluit wordt voorgenomen en waarom, en nodigt de aanvrager uit een zienswijze te
              geven, schriftelijk of mondeling (art. 33 Wet Bibob, art. 4:8 en 4:9 Awb). Verstuur de brief en leg daarna hieronder vast dat de uitnodiging is verstuurd.
            </p>
          ) : (
            <p className="prose">Verstuur de brief en leg daarna hieronder vast dat de uitnodiging is verstuurd. Is er sindsdien iets veranderd, maak de brief dan opnieuw.</p>
          )}
          <ActionForm
            fields={['bronId', 'invoer.zienswijzeTot']}
            button={gemaakt.length === 0 ? 'Brief Voornemen maken' : 'Brief Voornemen opnieuw maken'}
            call={(): Promise<BrievenView> => unwrap(bibob.brieven.maak({ dossierId, soort: 'voornemen-zienswijze', bronId: optie.bronId, invoer: { zienswijzeTot: termijnTot || undefined }, doorbrekingen: [] }))}
            onDone={(next) => {
              replace(next);
              const brief = next.brieven.at(-1);
              // The invitation goes out with the letter: dated as the letter is (the vault's clock, not this screen's).
              onMade({ betrokkeneId: optie.bronId!, uitgenodigdOp: brief ? todayIsoDate(new Date(brief.gemaaktOp)) : todayIsoDate(), termijnTot }, brief?.titel ?? optie.label);
            }}
          >
            {(submission) => (
              <>
                {opties.length > 1 && (
                  <SelectField
                    label="Geadresseerde"
                    value={optie.bronId ?? ''}
                    onValueChange={(value) => {
                      setGekozen(value);
                      onEdit();
                    }}
                    options={opties.map((entry) => ({ value: entry.bronId ?? '', label: entry.bronLabel ?? entry.label }))}
                    error={submission.fieldErrors.bronId}
                  />
                )}
                {opties.length === 1 && <p>{`Aan: ${optie.bronLabel?.replace(/, nog niet uitgenodigd$/, '') ?? 'de aanvrager'}`}</p>}
                <Field
                  type="date"
                  className="textbox--date"
                  label="Zienswijze te geven tot en met"
                  description="De laatste dag van de termijn die de brief noemt; standaard twee weken na vandaag. Korter kan alleen met een reden, die u bij de uitnodiging vastlegt."
                  value={termijnTot}
                  onValueChange={(value) => {
                    setTermijnTot(value);
                    onEdit();
                  }}
                  error={submission.fieldErrors['invoer.zienswijzeTot']}
                />
              </>
            )}
          </ActionForm>
        </>
      ) : (
        gemaakt.length === 0 && <p className="muted">De brief met het voornemen maakt u bij Brieven, bij de uitnodiging van de aanvrager.</p>
      )}
    </>
  );
}
