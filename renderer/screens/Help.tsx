import type { MouseEvent } from 'react';
import handleiding from '../../docs/handleiding.md?raw';
import { ScreenHeading } from '../components/ScreenHeading';
import { MarkdownView } from '../help/MarkdownView';
import { parseMarkdown, type Block } from '../help/markdown';

const blocks = parseMarkdown(handleiding);
const title = blocks[0]?.kind === 'heading' && blocks[0].level === 1 ? blocks[0].text : 'Handleiding';
const body = blocks[0]?.kind === 'heading' && blocks[0].level === 1 ? blocks.slice(1) : blocks;
const sections = body.filter((block): block is Extract<Block, { kind: 'heading' }> => block.kind === 'heading' && block.level === 2);

/** Moves the focus to a section's heading (which scrolls it into view) instead of changing the page's address. */
function goToSection(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  event.preventDefault();
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.focus();
  heading.scrollIntoView({ block: 'start' });
}

/** The user guide for the coordinator: docs/handleiding.md, built into the app, with a table of contents. */
export function Help() {
  return (
    <>
      <ScreenHeading>{title}</ScreenHeading>
      <nav aria-labelledby="help-inhoud" className="help__toc">
        <h2 id="help-inhoud" className="help__toc-heading">
          Inhoud
        </h2>
        <ol>
          {sections.map((section) => (
            <li key={section.id}>
              <a className="utrecht-link utrecht-link--html-a" href={`#${section.id}`} onClick={(event) => goToSection(event, section.id)}>
                {section.text}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <article className="help">
        <MarkdownView blocks={body} />
      </article>
    </>
  );
}
