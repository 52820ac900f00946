// The network's door: calls (a request over a link and its answer back),
// their timeouts, links' latency, loss and partitions, spans for the view.
export { otherEnd, releaseCall, sendCall, sendResponse } from './calls.ts';
export { addDeadline, createDeadlineQueue, fireDeadlines } from './deadlines.ts';
export { isDropped, isPartitioned, linkLatencyUs, streamsFor } from './links.ts';
export { recordSpan, takeSpans } from './spans.ts';
