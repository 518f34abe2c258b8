import { useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../bridge';
import type { BeleidView } from '../../src/contract/beleidCalls';
import type { BeleidsCriterium, BeleidsDrempel, Beleidsregel, Gebiedsbeleid } from '../../src/domain/beleid';
import { toepassingsgebieden, toepassingsgebiedInfo, type Toepassingsgebied } from '../../src/domain/toepassingsgebied';
import { useSubmission } from '../hooks/useSubmission';
import { Checkbox } from './Checkbox';
import { Field } from './Field';
import { FormActions, SubmitButton } from './FormActions';
import { SubmissionForm } from './SubmissionForm';
import { TextareaField } from './TextareaField';

/*
 * The beleidsregel edited field by field: its name, version and date of vaststelling, and per toepassingsgebied its
 * criteria. What is typed is sent as the beleid's JSON; the service checks it and names every problem with its place.
 */

const leegGebied = (): Gebiedsbeleid => ({ categorieen: [], drempels: [], signalen: [], wisselingExploitant: null });

/** An id no criterion of this toepassingsgebied has yet: answers point at criteria by id. */
function nieuwId(gebied: Gebiedsbeleid, prefix: string): string {
  const bestaand = new Set([...gebied.categorieen, ...gebied.signalen, ...gebied.drempels].map((item) => item.id));
  let n = 1;
  while (bestaand.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/** Whole euros as typed ("500.000", "€ 50.000"); what is no whole amount is sent as such, and refused by the service. */
function euros(text: string): number {
  const digits = text.replace(/[€\s.]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

/** The service's message at a place in the beleid ("gebieden.horeca.drempels[0].vanafEuro"), if any. */
type Fout = (pad: string) => string | undefined;

function CriteriumRows({ titel, pad, fout, items, onChange, onAdd }: { titel: string; pad: string; fout: Fout; items: BeleidsCriterium[]; onChange: (items: BeleidsCriterium[]) => void; onAdd: () => void }) {
  const set = (index: number, patch: Partial<BeleidsCriterium>) => onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <fieldset className="radio-group">
      <legend className="radio-group__legend">{titel}</legend>
      {items.map((item, index) => (
        <div key={item.id} className="form">
          <TextareaField label={`${titel} ${index + 1}: omschrijving`} rows={2} value={item.omschrijving} onValueChange={(omschrijving) => set(index, { omschrijving })} error={fout(`${pad}[${index}].omschrijving`) ?? fout(`${pad}[${index}].id`)} />
          <Field type="text" autoComplete="off" label={`${titel} ${index + 1}: artikel van de beleidsregel`} value={item.artikel} onValueChange={(artikel) => set(index, { artikel })} error={fout(`${pad}[${index}].artikel`)} />
          <p>
            <Button appearance="subtle-button" onClick={() => onChange(items.filter((_, i) => i !== index))}>{`${titel} ${index + 1} verwijderen`}</Button>
          </p>
        </div>
      ))}
      <p>
        <Button appearance="secondary-action-button" onClick={onAdd}>{`${titel}: regel toevoegen`}</Button>
      </p>
    </fieldset>
  );
}

function DrempelRows({ gebied, pad, fout, onChange }: { gebied: Gebiedsbeleid; pad: string; fout: Fout; onChange: (drempels: BeleidsDrempel[]) => void }) {
  const items = gebied.drempels;
  const set = (index: number, patch: Partial<BeleidsDrempel>) => onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const [lager, setLager] = useState<Record<string, string>>(() => Object.fromEntries(items.map((item) => [item.id, item.verlaagd ? String(item.verlaagd.vanafEuro) : ''])));
  return (
    <fieldset className="radio-group">
      <legend className="radio-group__legend">Bedragdrempels</legend>
      {items.map((item, index) => {
        const naam = `Drempel ${index + 1}`;
        const hier = `${pad}[${index}]`;
        const verlaagdTekst = lager[item.id] ?? '';
        const setVerlaagd = (text: string, artikel = item.verlaagd?.artikel ?? '', wanneer = item.verlaagd?.wanneer ?? []) => {
          setLager((current) => ({ ...current, [item.id]: text }));
          const { verlaagd: _old, ...rest } = item;
          void _old;
          onChange(items.map((other, i) => (i !== index ? other : text.trim() === '' ? rest : { ...rest, verlaagd: { vanafEuro: euros(text), artikel, wanneer } })));
        };
        return (
          <div key={item.id} className="form">
            <Field type="text" autoComplete="off" label={`${naam}: waarover (bijvoorbeeld bouwkosten)`} value={item.omschrijving} onValueChange={(omschrijving) => set(index, { omschrijving })} error={fout(`${hier}.omschrijving`) ?? fout(`${hier}.id`)} />
            <Field type="text" inputMode="numeric" autoComplete="off" label={`${naam}: vanaf (hele euro’s)`} value={Number.isNaN(item.vanafEuro) ? '' : String(item.vanafEuro)} onValueChange={(text) => set(index, { vanafEuro: euros(text) })} error={fout(`${hier}.vanafEuro`)} />
            <Field type="text" autoComplete="off" label={`${naam}: artikel van de beleidsregel`} value={item.artikel} onValueChange={(artikel) => set(index, { artikel })} error={fout(`${hier}.artikel`)} />
            <Field type="text" inputMode="numeric" autoComplete="off" label={`${naam}: lagere drempel in een risicocategorie of -gebied (hele euro’s)`} description="Leeg laten als er geen lagere drempel is." value={verlaagdTekst} onValueChange={(text) => setVerlaagd(text)} error={fout(`${hier}.verlaagd.vanafEuro`)} />
            {item.verlaagd && (
              <>
                <Field type="text" autoComplete="off" label={`${naam}: artikel van de lagere drempel`} value={item.verlaagd.artikel} onValueChange={(artikel) => setVerlaagd(verlaagdTekst, artikel)} error={fout(`${hier}.verlaagd.artikel`)} />
                <TextareaField
                  label={`${naam}: risicocategorieën of -gebieden, één per regel`}
                  rows={3}
                  value={item.verlaagd.wanneer.map((w) => w.omschrijving).join('\n')}
                  error={fout(`${hier}.verlaagd.wanneer`) ?? item.verlaagd.wanneer.map((_, j) => fout(`${hier}.verlaagd.wanneer[${j}].omschrijving`) ?? fout(`${hier}.verlaagd.wanneer[${j}].id`)).find(Boolean)}
                  onValueChange={(text) =>
                    setVerlaagd(
                      verlaagdTekst,
                      item.verlaagd?.artikel,
                      text.split('\n').map((omschrijving, i) => ({ id: item.verlaagd?.wanneer[i]?.id ?? `${item.id}-risico-${i + 1}`, omschrijving })),
                    )
                  }
                />
              </>
            )}
            <p>
              <Button appearance="subtle-button" onClick={() => onChange(items.filter((_, i) => i !== index))}>{`${naam} verwijderen`}</Button>
            </p>
          </div>
        );
      })}
      <p>
        <Button appearance="secondary-action-button" onClick={() => onChange([...items, { id: nieuwId(gebied, 'drempel'), omschrijving: '', vanafEuro: Number.NaN, artikel: '' }])}>
          Bedragdrempel toevoegen
        </Button>
      </p>
    </fieldset>
  );
}

function GebiedFields({ gebied, fout, criteria, onChange }: { gebied: Toepassingsgebied; fout: Fout; criteria: Gebiedsbeleid | undefined; onChange: (criteria: Gebiedsbeleid | undefined) => void }) {
  const label = toepassingsgebiedInfo[gebied].label;
  const pad = `gebieden.${gebied}`;
  return (
    <fieldset className="radio-group">
      <legend className="radio-group__legend">{label}</legend>
      <Checkbox label={`Het beleid geldt voor: ${label}`} checked={criteria !== undefined} onCheckedChange={(checked) => onChange(checked ? leegGebied() : undefined)} />
      {criteria && (
        <>
          <CriteriumRows
            titel="Categorie waarin Bibob altijd wordt toegepast"
            pad={`${pad}.categorieen`}
            fout={fout}
            items={criteria.categorieen}
            onChange={(categorieen) => onChange({ ...criteria, categorieen })}
            onAdd={() => onChange({ ...criteria, categorieen: [...criteria.categorieen, { id: nieuwId(criteria, 'categorie'), omschrijving: '', artikel: '' }] })}
          />
          <DrempelRows gebied={criteria} pad={`${pad}.drempels`} fout={fout} onChange={(drempels) => onChange({ ...criteria, drempels })} />
          <CriteriumRows
            titel="Signaal"
            pad={`${pad}.signalen`}
            fout={fout}
            items={criteria.signalen}
            onChange={(signalen) => onChange({ ...criteria, signalen })}
            onAdd={() => onChange({ ...criteria, signalen: [...criteria.signalen, { id: nieuwId(criteria, 'signaal'), omschrijving: '', artikel: '' }] })}
          />
          <Checkbox
            label="Het beleid vraagt naar een nieuwe ondernemer of een wisseling van exploitant"
            checked={criteria.wisselingExploitant !== null}
            onCheckedChange={(checked) => onChange({ ...criteria, wisselingExploitant: checked ? { omschrijving: '', artikel: '' } : null })}
          />
          {criteria.wisselingExploitant && (
            <>
              <TextareaField
                label="Nieuwe ondernemer of wisseling van exploitant: omschrijving"
                rows={2}
                value={criteria.wisselingExploitant.omschrijving}
                onValueChange={(omschrijving) => onChange({ ...criteria, wisselingExploitant: { ...criteria.wisselingExploitant!, omschrijving } })}
                error={fout(`${pad}.wisselingExploitant.omschrijving`)}
              />
              <Field
                type="text"
                autoComplete="off"
                label="Nieuwe ondernemer of wisseling van exploitant: artikel van de beleidsregel"
                value={criteria.wisselingExploitant.artikel}
                onValueChange={(artikel) => onChange({ ...criteria, wisselingExploitant: { ...criteria.wisselingExploitant!, artikel } })}
                error={fout(`${pad}.wisselingExploitant.artikel`)}
              />
            </>
          )}
        </>
      )}
    </fieldset>
  );
}

/** Every place in the beleid a field of this form shows the service's message for. */
function veldPaden(beleid: Beleidsregel): string[] {
  const paden = ['naam', 'versie', 'vastgesteldOp'];
  for (const gebied of toepassingsgebieden) {
    const criteria = beleid.gebieden[gebied];
    if (!criteria) continue;
    const pad = `gebieden.${gebied}`;
    const rijen = (lijst: string, aantal: number, velden: readonly string[]) => {
      for (let i = 0; i < aantal; i += 1) for (const veld of velden) paden.push(`${pad}.${lijst}[${i}].${veld}`);
    };
    rijen('categorieen', criteria.categorieen.length, ['id', 'omschrijving', 'artikel']);
    rijen('signalen', criteria.signalen.length, ['id', 'omschrijving', 'artikel']);
    rijen('drempels', criteria.drempels.length, ['id', 'omschrijving', 'vanafEuro', 'artikel', 'verlaagd.vanafEuro', 'verlaagd.artikel', 'verlaagd.wanneer']);
    criteria.drempels.forEach((drempel, i) => drempel.verlaagd?.wanneer.forEach((_, j) => paden.push(`${pad}.drempels[${i}].verlaagd.wanneer[${j}].omschrijving`, `${pad}.drempels[${i}].verlaagd.wanneer[${j}].id`)));
    paden.push(`${pad}.wisselingExploitant.omschrijving`, `${pad}.wisselingExploitant.artikel`);
  }
  return paden;
}

/** The beleidsregel field by field; a changed beleid is saved as a new version (the version field says which). */
export function BeleidForm({ view, onSaved }: { view: BeleidView; onSaved: (saved: BeleidView) => void }) {
  const [beleid, setBeleid] = useState<Beleidsregel>(() => structuredClone(view.beleid));
  const submission = useSubmission(veldPaden(beleid));
  const fout: Fout = (pad) => (submission.fieldErrors as Record<string, string | undefined>)[pad];
  const set = (patch: Partial<Beleidsregel>) => setBeleid((current) => ({ ...current, ...patch }));
  return (
    <SubmissionForm submission={submission} onSubmit={() => void submission.run(() => unwrap(bibob.beleid.save({ json: JSON.stringify(beleid) })), onSaved)}>
      <Field type="text" autoComplete="off" label="Naam van de beleidsregel" value={beleid.naam} onValueChange={(naam) => set({ naam })} error={fout('naam')} />
      <Field type="text" autoComplete="off" label="Versie" description="Gewijzigde criteria horen bij een nieuwe versie: dossiers noemen de versie waarmee zij zijn getoetst." value={beleid.versie} onValueChange={(versie) => set({ versie })} error={fout('versie')} />
      <Field type="text" autoComplete="off" label="Vastgesteld op (jjjj-mm-dd)" value={beleid.vastgesteldOp} onValueChange={(vastgesteldOp) => set({ vastgesteldOp })} error={fout('vastgesteldOp')} />
      <Checkbox label="Dit is een voorbeeld, geen vastgestelde beleidsregel" checked={beleid.voorbeeld} onCheckedChange={(voorbeeld) => set({ voorbeeld })} />
      {toepassingsgebieden.map((gebied) => (
        <GebiedFields
          key={gebied}
          gebied={gebied}
          fout={fout}
          criteria={beleid.gebieden[gebied]}
          onChange={(criteria) => setBeleid((current) => {
            const gebieden = { ...current.gebieden };
            if (criteria) gebieden[gebied] = criteria;
            else delete gebieden[gebied];
            return { ...current, gebieden };
          })}
        />
      ))}
      <FormActions>
        <SubmitButton busy={submission.busy}>Criteria opslaan</SubmitButton>
      </FormActions>
    </SubmissionForm>
  );
}
