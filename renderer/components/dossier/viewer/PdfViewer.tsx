import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { Button } from '@utrecht/button-react';
import { ErrorAlert } from '../../ErrorAlert';
import { Field } from '../../Field';
import { SelectField } from '../../SelectField';
import { StatusMessage } from '../../StatusMessage';
import { countOf } from '../../../format';
import { closePdf, openPdf, pageTexts, PdfOpenError, renderPage, type PDFDocumentProxy } from '../../../viewer/pdfDocument';
import { findInPages, normaliseForSearch, type TextMatch } from '../../../viewer/textSearch';

const ZOOM_LEVELS = ['0.75', '1', '1.25', '1.5', '2'] as const;

interface PdfViewerProps {
  readonly naam: string;
  readonly bytes: Uint8Array;
  /** The coordinator wants to write a note about the page shown. */
  readonly onNoteForPage: (pagina: number) => void;
}

interface SearchState {
  readonly term: string;
  readonly treffers: readonly TextMatch[];
}

/** A PDF from the vault, drawn by pdf.js inside the app: one page at a time, with page navigation and text search. */
export function PdfViewer({ naam, bytes, onNoteForPage }: PdfViewerProps) {
  const [document, setDocument] = useState<PDFDocumentProxy | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [pageError, setPageError] = useState<string | null>(null);
  const [pagina, setPagina] = useState(1);
  const [paginaInvoer, setPaginaInvoer] = useState('1');
  const [paginaFout, setPaginaFout] = useState<string | undefined>(undefined);
  const [zoom, setZoom] = useState<string>('1.25');
  const [zoekterm, setZoekterm] = useState('');
  const [search, setSearch] = useState<SearchState | null>(null);
  const [searching, setSearching] = useState(false);
  const texts = useRef<Promise<string[]> | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayer = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current: PDFDocumentProxy | null = null;
    let closed = false;
    openPdf(bytes).then(
      (opened) => {
        if (closed) void closePdf(opened);
        else {
          current = opened;
          setDocument(opened);
        }
      },
      (error: unknown) => {
        if (!closed) setOpenError(error instanceof PdfOpenError ? error.message : 'Deze PDF kan niet worden getoond.');
      },
    );
    return () => {
      closed = true;
      texts.current = null;
      if (current) void closePdf(current);
    };
  }, [bytes]);

  useEffect(() => {
    if (!document || !canvas.current || !textLayer.current) return;
    setPageError(null);
    const rendering = renderPage(document, pagina, Number(zoom), canvas.current, textLayer.current);
    const container = textLayer.current;
    rendering.done.then(
      () => markMatches(container, search?.term ?? ''),
      () => setPageError(`Pagina ${pagina} is beschadigd en kan niet worden getoond. De andere pagina's zijn wel te bekijken.`),
    );
    return () => rendering.cancel();
  }, [document, pagina, zoom, search]);

  if (openError) return <ErrorAlert content={openError} />;
  if (!document) return <p className="loading">{`${naam} wordt geopend…`}</p>;
  const aantal = document.numPages;

  function goTo(next: number): void {
    const bounded = Math.min(aantal, Math.max(1, next));
    setPagina(bounded);
    setPaginaInvoer(String(bounded));
    setPaginaFout(undefined);
  }

  function submitPage(): void {
    const wanted = Number(paginaInvoer);
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > aantal) {
      setPaginaFout(`Kies een pagina van 1 tot en met ${aantal}.`);
      return;
    }
    goTo(wanted);
  }

  async function runSearch(): Promise<void> {
    const term = zoekterm.trim();
    if (term === '' || !document) {
      setSearch(null);
      return;
    }
    setSearching(true);
    texts.current ??= pageTexts(document);
    const treffers = findInPages(await texts.current, term);
    setSearching(false);
    setSearch({ term, treffers });
    const first = treffers.find((match) => match.pagina >= pagina) ?? treffers[0];
    if (first) goTo(first.pagina);
  }

  const pageStyle = { '--total-scale-factor': zoom, '--scale-round-x': '1px', '--scale-round-y': '1px' } as CSSProperties;
  return (
    <div className="pdf-viewer">
      <div className="viewer-toolbar" role="group" aria-label="Pagina's">
        <Button appearance="secondary-action-button" disabled={pagina <= 1} onClick={() => goTo(pagina - 1)}>
          Vorige pagina
        </Button>
        <p className="viewer-toolbar__position" aria-live="polite">{`Pagina ${pagina} van ${aantal}`}</p>
        <Button appearance="secondary-action-button" disabled={pagina >= aantal} onClick={() => goTo(pagina + 1)}>
          Volgende pagina
        </Button>
        <form
          className="viewer-toolbar__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submitPage();
          }}
        >
          <Field type="number" className="textbox--narrow" min={1} max={aantal} step={1} label="Naar pagina" value={paginaInvoer} onValueChange={setPaginaInvoer} error={paginaFout} />
          <Button type="submit" appearance="secondary-action-button">
            Ga naar pagina
          </Button>
        </form>
        <SelectField label="Zoom" value={zoom} onValueChange={setZoom} options={ZOOM_LEVELS.map((level) => ({ value: level, label: `${Math.round(Number(level) * 100)}%` }))} />
        <Button appearance="subtle-button" onClick={() => onNoteForPage(pagina)}>
          {`Notitie bij pagina ${pagina}`}
        </Button>
      </div>
      <form
        className="viewer-search"
        role="search"
        aria-label={`Zoeken in ${naam}`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void runSearch();
        }}
      >
        <Field type="search" label="Zoeken in de tekst" value={zoekterm} onValueChange={setZoekterm} />
        <Button type="submit" appearance="secondary-action-button" disabled={searching}>
          Zoeken
        </Button>
      </form>
      {search && <SearchResults search={search} pagina={pagina} onChoose={goTo} />}
      <ErrorAlert content={pageError} />
      <div className="pdf-page-scroll" tabIndex={0} role="region" aria-label={`Pagina ${pagina} van ${naam}`}>
        <div className="pdf-page" style={pageStyle}>
          <canvas ref={canvas} aria-hidden="true" />
          <div ref={textLayer} className="textLayer" />
        </div>
      </div>
    </div>
  );
}

/** The pages where the term occurs, each with the words around it; choosing one shows that page. */
function SearchResults({ search, pagina, onChoose }: { search: SearchState; pagina: number; onChoose: (pagina: number) => void }) {
  const pages = [...new Set(search.treffers.map((match) => match.pagina))];
  return (
    <div className="viewer-results">
      <StatusMessage tone="info">
        {search.treffers.length === 0
          ? `"${search.term}" komt niet voor in de tekst van dit document.`
          : `"${search.term}": ${countOf(search.treffers.length, 'treffer', 'treffers')} op ${countOf(pages.length, 'pagina', "pagina's")}.`}
      </StatusMessage>
      {search.treffers.length > 0 && (
        <ol className="viewer-results__list">
          {search.treffers.map((match, index) => (
            <li key={index}>
              <Button appearance="subtle-button" aria-current={match.pagina === pagina ? 'page' : undefined} onClick={() => onChoose(match.pagina)}>
                {`Pagina ${match.pagina}`}
              </Button>{' '}
              <span className="viewer-results__fragment">{match.fragment}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Marks the text runs of the page that contain the term, so that the coordinator sees where it is. */
function markMatches(container: HTMLElement, term: string): void {
  const needle = normaliseForSearch(term).trim();
  for (const span of container.querySelectorAll('span')) {
    span.classList.toggle('pdf-match', needle !== '' && normaliseForSearch(span.textContent ?? '').includes(needle));
  }
}
