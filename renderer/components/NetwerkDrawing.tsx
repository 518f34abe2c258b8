import { useEffect, useRef, useState } from 'react';
import type cytoscape from 'cytoscape';
import type { NetwerkView } from '../../src/contract/netwerkCalls';
import { countOf } from '../format';

/**
 * Cytoscape puts one <style> element in the page unless an element with this id is there already. The app's
 * Content-Security-Policy allows no inline style, so a harmless marker takes its place before the first drawing;
 * the one rule it would have added (the container is position: relative) is in styles.css.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function reserveCytoscapeStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  marker.name = 'bibob-cytoscape-stylesheet';
  marker.content = 'styles.css';
  document.head.append(marker);
}

/** The drawing's colours; shape, not colour, tells a person from a company (see the legend). */
const INKT = '#1a1a1a';
const PERSOON = { fill: '#e6eef8', rand: '#154273' };
const RECHTSPERSOON = { fill: '#fbefd9', rand: '#7a4100' };

const stijl: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'data(vorm)' as unknown as cytoscape.Css.NodeShape,
      label: 'data(naam)',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'font-size': 14,
      'font-family': 'system-ui, sans-serif',
      color: INKT,
      width: 140,
      height: 52,
      'border-width': 2,
    },
  },
  { selector: 'node[soort = "persoon"]', style: { 'background-color': PERSOON.fill, 'border-color': PERSOON.rand } },
  { selector: 'node[soort = "rechtspersoon"]', style: { 'background-color': RECHTSPERSOON.fill, 'border-color': RECHTSPERSOON.rand, 'border-style': 'double', 'border-width': 4 } },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      width: 2,
      'line-color': '#4d4d4d',
      'target-arrow-color': '#4d4d4d',
      'target-arrow-shape': 'triangle',
      label: 'data(label)',
      'font-size': 13,
      'font-family': 'system-ui, sans-serif',
      color: INKT,
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '2px',
      'text-rotation': 'autorotate',
    },
  },
];

interface NetwerkDrawingProps {
  readonly netwerk: NetwerkView;
  readonly onOpen: (id: string, naam: string) => void;
  /** Receives the function that makes a PNG of the whole drawing (base64), once it is drawn. */
  readonly onReady: (png: (() => string) | null) => void;
}

/**
 * The relations as a drawing on a canvas (cytoscape, offline): arrows from the first betrokkene of the relation to
 * the second, labelled by relation and share. Clicking a betrokkene opens its page. The same is in the tables below
 * the drawing, for the keyboard and screen readers; the label here says what was actually drawn.
 */
export function NetwerkDrawing({ netwerk, onOpen, onReady }: NetwerkDrawingProps) {
  const container = useRef<HTMLDivElement>(null);
  const latest = useRef({ onOpen, onReady });
  const [getekend, setGetekend] = useState<{ knopen: number; lijnen: number } | null>(null);
  useEffect(() => {
    latest.current = { onOpen, onReady };
  });

  useEffect(() => {
    let cy: cytoscape.Core | null = null;
    let gone = false;
    // Loaded when the first drawing is made, like the PDF viewer: the rest of the app does not carry it.
    void import('cytoscape').then(({ default: create }) => {
      if (gone || !container.current) return;
      reserveCytoscapeStylesheet();
      const drawing = create({
        container: container.current,
        elements: [
          ...netwerk.knopen.map((knoop) => ({ group: 'nodes' as const, data: { id: knoop.id, naam: knoop.naam, soort: knoop.soort, vorm: knoop.vorm } })),
          ...netwerk.lijnen.map((lijn) => ({ group: 'edges' as const, data: { id: lijn.id, source: lijn.vanId, target: lijn.naarId, label: lijn.label } })),
        ],
        style: stijl,
        // On a circle in the order of the table: every relation is a chord, so no line runs behind another
        // betrokkene, and the same network is always drawn the same way.
        layout: { name: 'circle', padding: 32, avoidOverlap: true, spacingFactor: 1.15 },
        boxSelectionEnabled: false,
        minZoom: 0.2,
        maxZoom: 1.5,
      });
      drawing.on('tap', 'node', (event) => {
        const node = event.target as cytoscape.NodeSingular;
        latest.current.onOpen(node.id(), String(node.data('naam')));
      });
      cy = drawing;
      setGetekend({ knopen: drawing.nodes().length, lijnen: drawing.edges().length });
      latest.current.onReady(() => drawing.png({ output: 'base64', full: true, bg: '#ffffff', scale: 1, maxWidth: 2400, maxHeight: 2400 }));
    });
    return () => {
      gone = true;
      latest.current.onReady(null);
      cy?.destroy();
    };
  }, [netwerk]);

  const label = getekend
    ? `Tekening van het netwerk met ${countOf(getekend.knopen, 'betrokkene', 'betrokkenen')} en ${countOf(getekend.lijnen, 'relatie', 'relaties')}. Dezelfde gegevens staan in de tabellen onder de tekening.`
    : 'Tekening van het netwerk';
  return (
    <figure className="netwerk-figuur">
      <div
        ref={container}
        className="netwerk-tekening"
        role="img"
        aria-label={label}
        data-testid="netwerk-tekening"
        data-knopen={getekend?.knopen}
        data-lijnen={getekend?.lijnen}
      />
      <figcaption>
        <ul className="netwerk-legenda" aria-label="Legenda">
          <li>
            <svg aria-hidden="true" width="34" height="20" viewBox="0 0 34 20">
              <ellipse cx="17" cy="10" rx="15" ry="8" fill={PERSOON.fill} stroke={PERSOON.rand} strokeWidth="2" />
            </svg>
            Ovaal: natuurlijk persoon
          </li>
          <li>
            <svg aria-hidden="true" width="34" height="20" viewBox="0 0 34 20">
              <rect x="2" y="2" width="30" height="16" rx="3" fill={RECHTSPERSOON.fill} stroke={RECHTSPERSOON.rand} strokeWidth="3" />
            </svg>
            Rechthoek met dubbele rand: rechtspersoon
          </li>
          <li>Pijl: van wie de relatie heeft naar wie zij betreft, met de relatie en het aandeel</li>
        </ul>
      </figcaption>
    </figure>
  );
}
