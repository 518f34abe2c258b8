import { createElement, useCallback, useEffect, useRef, type ReactNode } from 'react';
import { Button } from '@utrecht/button-react';
import { bibob, unwrap } from '../../../bridge';
import { useReloadable } from '../../../hooks/useReloadable';
import { ErrorAlert } from '../../ErrorAlert';
import { PrintButton } from '../../PrintButton';

/**
 * The letter's HTML (main/letters/htmlWriter.ts) as React elements, for reading it in the app under the renderer's
 * strict Content-Security-Policy (no frame, no inline style or script). Parsed inert by DOMParser; only the elements
 * and classes the writer makes are kept, and an image only as a data: URL (the logo). Everything else — the
 * writer's <style> and <meta>, any other element or attribute — is dropped, its text kept.
 */
const ELEMENTEN = new Set(['p', 'h1', 'h2', 'ul', 'li', 'strong', 'div', 'img']);
const KOPPEN: Readonly<Record<string, string>> = { h1: 'h4', h2: 'h5' };

export function briefElementen(html: string): ReactNode[] {
  // Only the body: the writer's <style> would be a CSP violation even in an inert document (style-src 'self').
  const begin = html.indexOf('<body>');
  const einde = html.lastIndexOf('</body>');
  const body = new DOMParser().parseFromString(begin >= 0 && einde > begin ? html.slice(begin + '<body>'.length, einde) : '', 'text/html').body;
  const omzetten = (node: Node, sleutel: string): ReactNode => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (!(node instanceof Element)) return null;
    const naam = node.tagName.toLowerCase();
    const kinderen = [...node.childNodes].map((kind, index) => omzetten(kind, `${sleutel}.${index}`));
    if (!ELEMENTEN.has(naam)) return kinderen;
    const klasse = node.getAttribute('class');
    if (naam === 'img') {
      const bron = node.getAttribute('src') ?? '';
      return bron.startsWith('data:image/') ? createElement('img', { key: sleutel, src: bron, alt: node.getAttribute('alt') ?? '', className: 'brief-logo' }) : null;
    }
    // The letter's own headings sit below the screen's heading levels.
    return createElement(KOPPEN[naam] ?? naam, { key: sleutel, className: klasse ? `brief-${klasse}` : undefined }, ...kinderen);
  };
  return [...body.childNodes].map((node, index) => omzetten(node, String(index)));
}

/** A letter as it reads, in the app: no export, no register entry (the service audits the viewing). */
export function BriefViewer({ briefId, titel, onClose }: { briefId: string; titel: string; onClose: () => void }) {
  const load = useCallback(() => unwrap(bibob.brieven.bekijk({ briefId })), [briefId]);
  const { value, error } = useReloadable(load);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const headingId = `brief-lezen-${briefId}`;
  return (
    <section className="attachment-viewer" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>{`Lezen: ${titel}`}</h3>
      <p className="muted">Lezen in de app is geen verstrekking: er wordt niets geëxporteerd en niets in het verstrekkingsregister gezet.</p>
      <ErrorAlert content={error} />
      {value === null ? error === null && <p className="loading">De brief wordt geladen…</p> : <article className="brief-lezen" aria-label={`Brief: ${value.titel}`}>{briefElementen(value.html)}</article>}
      {value !== null && <PrintButton print={() => bibob.afdrukken.brief({ briefId })}>Brief afdrukken</PrintButton>}
      <Button appearance="secondary-action-button" onClick={onClose}>
        Sluiten
      </Button>
    </section>
  );
}
