// The lesson text renderer: the Markdown subset becomes React text; nothing
// in a lesson (from a teacher's link, say) can become HTML or a script URL.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown, parseBlocks, parseInline } from '../../src/app/lessons/markdown.tsx';
import { courseLessons } from '../../src/lessons/index.ts';

const html = (source: string) => renderToStaticMarkup(<Markdown source={source} />);

describe('lesson Markdown', () => {
  it('paragraphs, lists and quotes', () => {
    expect(parseBlocks('One\nline.\n\n- a\n- b\n\n1. x\n2. y\n\n> T ≈ k')).toEqual([
      { kind: 'p', text: 'One line.' },
      { kind: 'ul', items: ['a', 'b'] },
      { kind: 'ol', items: ['x', 'y'] },
      { kind: 'quote', text: 'T ≈ k' },
    ]);
  });

  it('bold, italic, code and https links, nested', () => {
    expect(html('**Your task:** keep *99 %* with `healthCheck`, see [the **SRE** book](https://sre.google/).')).toBe(
      '<div><p><strong>Your task:</strong> keep <em>99 %</em> with <code>healthCheck</code>, see <a href="https://sre.google/" target="_blank" rel="noopener noreferrer">the <strong>SRE</strong> book</a>.</p></div>',
    );
  });

  it('renders markup as text, and non-https links as plain text', () => {
    const out = html('<img src=x onerror=alert(1)> [click](javascript:alert(1)) [x](http://a.b/) <script>');
    expect(out).not.toMatch(/<img|<script|href=/);
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('[click](javascript:alert(1))');
  });

  it('keeps a lone asterisk or underscore as it is', () => {
    expect(parseInline('2 * 3 and a_b')).toEqual([{ kind: 'text', text: '2 * 3 and a_b' }]);
  });

  it('every built-in lesson renders, with its task in bold', () => {
    for (const lesson of courseLessons()) expect(html(lesson.body)).toContain('<strong>Your task:</strong>');
  });
});
