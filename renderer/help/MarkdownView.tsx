import type { ReactNode } from 'react';
import type { Block, Inline } from './markdown';

function renderInline(content: readonly Inline[]): ReactNode[] {
  return content.map((part, index) => {
    switch (part.kind) {
      case 'text':
        return part.text;
      case 'code':
        return <code key={index}>{part.text}</code>;
      case 'strong':
        return <strong key={index}>{renderInline(part.children)}</strong>;
    }
  });
}

/**
 * The blocks of a parsed Markdown text as React elements. Every piece of text goes in as a React child, so React
 * escapes it: a "<script>" in the text is shown, never run. Headings carry their id and take the focus (tabIndex
 * -1) when the table of contents sends the reader there.
 */
export function MarkdownView({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'heading': {
            const Tag = `h${block.level}` as const;
            return (
              <Tag key={index} id={block.id} tabIndex={-1} className="help__heading">
                {renderInline(block.content)}
              </Tag>
            );
          }
          case 'paragraph':
            return <p key={index}>{renderInline(block.content)}</p>;
          case 'list': {
            const items = block.items.map((item, at) => <li key={at}>{renderInline(item)}</li>);
            return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
          }
        }
      })}
    </>
  );
}
