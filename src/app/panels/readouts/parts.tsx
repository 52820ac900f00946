// The pieces of a readout card: a labelled <output> whose text is the value
// with its unit (the number large, the unit smaller), what it covers, lines
// under it, and a value with an explanation on hover and focus.
import { useId, type ReactNode } from 'react';

export interface CardProps {
  id: string;
  label: string;
  /** What the number covers: "whole run", "last 10 s". */
  caption: string;
  value: string;
  /** Beside the value, smaller: "2.0 nines". */
  sub?: string;
  /** 'ok' | 'bad' | 'warn': the border, always with words in the card saying why. */
  state?: 'ok' | 'bad' | 'warn' | 'none';
  wide?: boolean;
  children?: ReactNode;
}

export function Card({ id, label, caption, value, sub, state = 'none', wide, children }: CardProps) {
  const labelId = `readout-${id}`;
  return (
    <div className={`readout${wide ? ' readout-wide' : ''}`} data-state={state} data-readout={id}>
      <div className="readout-head">
        <span id={labelId} className="readout-label">{label}</span>
        <span className="readout-caption">{caption}</span>
      </div>
      <div className="readout-main">
        <output aria-labelledby={labelId} className="readout-output"><Value text={value} /></output>
        {sub && <span className="readout-sub">{sub}</span>}
      </div>
      {children}
    </div>
  );
}

/** A line under the value: a label and a value that can be read on its own ("last 10 s 100 %"). */
export function Line({ label, value, name, tone }: { label: string; value: string; name?: string; tone?: 'was' | 'warn' }) {
  return (
    <div className="readout-line" data-tone={tone}>
      <span className="readout-line-label">{label}</span>{' '}
      <output className="readout-line-value" aria-label={name}>{value}</output>
    </div>
  );
}

/** A value whose derivation shows on hover and keyboard focus (and is its accessible description). */
export function Explained({ label, value, explain }: { label: string; value: string; explain: readonly string[] }) {
  const id = useId();
  return (
    <div className="readout-line tip-wrap">
      <span className="readout-line-label">{label}</span>{' '}
      <button type="button" className="tip-target" aria-describedby={id}>
        {value}
        <InfoMark />
      </button>
      <span role="tooltip" id={id} className="tip">
        {explain.map((line, i) => <span key={i} className="tip-line">{line}</span>)}
      </span>
    </div>
  );
}

/**
 * The "explained" mark: an i in a circle, drawn (the ⓘ glyph is missing from
 * some systems' fonts and shows as an empty box). Hidden from screen readers:
 * the button's description is the tooltip itself (aria-describedby).
 */
function InfoMark() {
  return (
    <svg className="tip-mark" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 7.2v4.3" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
      <circle cx="8" cy="4.7" r="1.05" fill="currentColor" />
    </svg>
  );
}

/** The number large, its unit smaller beside it (the text stays "118 ms"). */
function Value({ text }: { text: string }) {
  const cut = text.lastIndexOf('\u00a0');
  const unit = cut > 0 ? text.slice(cut + 1) : '';
  if (!unit || /\d/.test(unit)) return <span className="readout-value">{text}</span>;
  return (
    <span className="readout-value">
      {text.slice(0, cut)}
      <span className="readout-unit">{`\u00a0${unit}`}</span>
    </span>
  );
}
