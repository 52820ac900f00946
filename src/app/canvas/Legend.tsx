// What the marks on the canvas mean: the outcome palette (each with its own
// shape) and the node states (each with its own badge and word).
export function Legend() {
  return (
    <div className="legend" aria-label="Legend">
      <ul className="legend-row">
        <li><svg viewBox="-6 -6 12 12" aria-hidden="true"><circle r="4.5" className="lg-request" /></svg>request</li>
        <li><svg viewBox="-6 -6 12 12" aria-hidden="true"><circle r="4.5" className="lg-success" /></svg>success</li>
        <li><svg viewBox="-6 -6 12 12" aria-hidden="true"><rect x="-4.5" y="-4.5" width="9" height="9" className="lg-error" /></svg>error</li>
        <li><svg viewBox="-7 -7 14 14" aria-hidden="true"><circle r="5" className="lg-timeout" /></svg>timeout</li>
        <li><svg viewBox="-7 -7 14 14" aria-hidden="true"><path d="M0,-6L6,0L0,6L-6,0Z" className="lg-retry" /></svg>retry</li>
        <li><svg viewBox="-6 -6 12 12" aria-hidden="true"><path d="M-4,-4L4,4M4,-4L-4,4" className="lg-lost" /></svg>lost</li>
      </ul>
      <ul className="legend-row">
        <li><svg viewBox="-11 -11 22 22" aria-hidden="true"><circle r="9" className="lg-down" /><path d="M-4,-4L4,4M4,-4L-4,4" className="lg-mark" /></svg>down</li>
        <li><svg viewBox="-11 -11 22 22" aria-hidden="true"><path d="M0,-9L9,8H-9Z" className="lg-degraded" /><path d="M0,-3V2.5M0,5v0.01" className="lg-mark" /></svg>degraded</li>
        <li className="legend-note">fill: busy workers · side bar: queue · short hops drawn for ¼ s</li>
      </ul>
    </div>
  );
}
