// The lesson text's Markdown subset — paragraphs, **bold**, *italic*, `code`,
// lists (- or 1.), > quotes and [links](https://…) — rendered as React
// elements made of text. Nothing is ever parsed as HTML, so a lesson from a
// link cannot inject markup or script; a link that is not https:// stays
// plain text.
import { Fragment, type ReactNode } from 'react';

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'ul' | 'ol'; items: string[] };

/** Splits the text into blocks at blank lines; list items and quotes by their markers. */
export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every((l) => /^\s*[-*]\s+/.test(l))) blocks.push({ kind: 'ul', items: lines.map((l) => l.replace(/^\s*[-*]\s+/, '')) });
    else if (lines.every((l) => /^\s*\d+[.)]\s+/.test(l))) blocks.push({ kind: 'ol', items: lines.map((l) => l.replace(/^\s*\d+[.)]\s+/, '')) });
    else if (lines.every((l) => /^\s*>/.test(l))) blocks.push({ kind: 'quote', text: lines.map((l) => l.replace(/^\s*>\s?/, '')).join(' ') });
    else blocks.push({ kind: 'p', text: lines.join(' ') });
  }
  return blocks;
}

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Inline marks, nested where it makes sense (bold inside a link, italic inside bold). */
export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    last = m.index + m[0].length;
    const inner = (s: string) => (depth < 3 ? parseInline(s, depth + 1) : [{ kind: 'text' as const, text: s }]);
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'strong', children: inner(m[2]) });
    else if (m[3] !== undefined) out.push({ kind: 'em', children: inner(m[3]) });
    else if (/^https:\/\/[^\s<>"']+$/.test(m[5]) && URL.canParse(m[5])) out.push({ kind: 'link', href: m[5], children: inner(m[4]) });
    else out.push({ kind: 'text', text: m[0] });
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

function renderInline(nodes: Inline[]): ReactNode {
  return nodes.map((n, i) => {
    switch (n.kind) {
      case 'text':
        return <Fragment key={i}>{n.text}</Fragment>;
      case 'code':
        return <code key={i}>{n.text}</code>;
      case 'strong':
        return <strong key={i}>{renderInline(n.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(n.children)}</em>;
      case 'link':
        return (
          <a key={i} href={n.href} target="_blank" rel="noopener noreferrer">
            {renderInline(n.children)}
          </a>
        );
    }
  });
}

/** The lesson text as React elements (text only, never HTML). */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div className={className}>
      {parseBlocks(source).map((b, i) => {
        if (b.kind === 'p') return <p key={i}>{renderInline(parseInline(b.text))}</p>;
        if (b.kind === 'quote') return <blockquote key={i}>{renderInline(parseInline(b.text))}</blockquote>;
        const items = b.items.map((item, j) => <li key={j}>{renderInline(parseInline(item))}</li>);
        return b.kind === 'ul' ? <ul key={i}>{items}</ul> : <ol key={i}>{items}</ol>;
      })}
    </div>
  );
}
