import { useEffect, useRef, useState } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../../bridge';
import type { CallOutput } from '../../../../src/contract';
import { isVaultLocked, messageOf } from '../../../errors';
import { useVaultLocked } from '../../../vaultLock';
import { formatFileSize } from '../../../format';
import { readAttachmentBytes, VIEWER_MAX_BYTES } from '../../../viewer/readAttachmentBytes';
import { ErrorAlert } from '../../ErrorAlert';
import { ImageViewer } from './ImageViewer';
import { PdfViewer } from './PdfViewer';

type Bijlage = CallOutput<'bijlagen.list'>['bijlagen'][number];
type TextPreview = CallOutput<'bijlagen.textPreview'>;

const IMAGE_TYPES: readonly string[] = ['png', 'jpeg', 'gif', 'webp'];
const TEXT_TYPES: readonly string[] = ['txt', 'eml', 'docx'];

/** Whether the viewer can show this kind of attachment (a spreadsheet can only be exported). */
export function isViewable(type: string): boolean {
  return type === 'pdf' || IMAGE_TYPES.includes(type) || TEXT_TYPES.includes(type);
}

export const VIEWER_HEADING_ID = 'bijlage-viewer';

type Content =
  | { readonly soort: 'laden'; readonly voortgang: number }
  | { readonly soort: 'fout'; readonly melding: string }
  | { readonly soort: 'bytes'; readonly bytes: Uint8Array }
  | { readonly soort: 'tekst'; readonly preview: TextPreview };

interface AttachmentViewerProps {
  readonly bijlage: Bijlage;
  readonly onClose: () => void;
  readonly onNoteForPage: (pagina: number) => void;
}

/**
 * Shows an attachment inside the app, read from the vault into memory: a PDF with pdf.js, an image, or the text of
 * a text file, e-mail or Word document. Nothing is written to disk and no other program is started.
 */
export function AttachmentViewer({ bijlage, onClose, onNoteForPage }: AttachmentViewerProps) {
  const [content, setContent] = useState<Content>({ soort: 'laden', voortgang: 0 });
  const heading = useRef<HTMLHeadingElement>(null);
  const onVaultLocked = useRef(useVaultLocked());

  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [bijlage.id]);

  useEffect(() => {
    const controller = new AbortController();
    setContent({ soort: 'laden', voortgang: 0 });
    const fail = (error: unknown) => {
      if (controller.signal.aborted) return;
      if (isVaultLocked(error)) onVaultLocked.current(error.message);
      setContent({ soort: 'fout', melding: messageOf(error) });
    };
    if (TEXT_TYPES.includes(bijlage.type)) {
      unwrap(bibob.bijlagen.textPreview({ bijlageId: bijlage.id })).then((preview) => {
        if (!controller.signal.aborted) setContent({ soort: 'tekst', preview });
      }, fail);
    } else if (bijlage.grootte > VIEWER_MAX_BYTES) {
      setContent({ soort: 'fout', melding: `Dit bestand is te groot om hier te tonen (${formatFileSize(bijlage.grootte)}; hoogstens ${formatFileSize(VIEWER_MAX_BYTES)}). Exporteer het om het te bekijken.` });
    } else {
      readAttachmentBytes(bijlage.id, bijlage.grootte, (voortgang) => setContent({ soort: 'laden', voortgang }), controller.signal).then((bytes) => {
        if (!controller.signal.aborted) setContent({ soort: 'bytes', bytes });
      }, fail);
    }
    return () => controller.abort();
  }, [bijlage.id, bijlage.type, bijlage.grootte]);

  return (
    <section className="attachment-viewer" aria-labelledby={VIEWER_HEADING_ID}>
      <div className="attachment-viewer__header">
        <h3 id={VIEWER_HEADING_ID} ref={heading} tabIndex={-1}>{`Bekijken: ${bijlage.bestandsnaam}`}</h3>
        <Button appearance="secondary-action-button" onClick={onClose}>
          Sluiten
        </Button>
      </div>
      {content.soort === 'laden' && (
        <p className="loading">
          {`${bijlage.bestandsnaam} wordt uit de kluis gelezen…`}{' '}
          <progress max={1} value={content.voortgang} aria-label="Voortgang van het lezen" />
        </p>
      )}
      {content.soort === 'fout' && <ErrorAlert content={content.melding} />}
      {content.soort === 'tekst' && (
        <>
          {content.preview.ingekort && <p className="muted">Alleen het begin van de tekst wordt getoond.</p>}
          <pre className="text-preview__text" tabIndex={0} aria-label={`Tekst van ${bijlage.bestandsnaam}`}>
            {content.preview.tekst}
          </pre>
        </>
      )}
      {content.soort === 'bytes' &&
        (bijlage.type === 'pdf' ? (
          <PdfViewer naam={bijlage.bestandsnaam} bytes={content.bytes} onNoteForPage={onNoteForPage} />
        ) : (
          <ImageViewer naam={bijlage.bestandsnaam} mime={bijlage.mime} bytes={content.bytes} />
        ))}
    </section>
  );
}
