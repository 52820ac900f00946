// Whether the page was opened as the embed player: `&embed` in the fragment
// (what `nines link --embed` makes) or `?embed=1` in the query.
import { encodeScenarioLink, isEmbedFragment, type Scenario } from '../../scenario/index.ts';

export function isEmbedPage(location: { hash: string; search: string }): boolean {
  return isEmbedFragment(location.hash) || new URLSearchParams(location.search).get('embed') === '1';
}

/** The full lab's link for the scenario as it is now (faults clicked in the player included). */
export function fullLabLink(scenario: Scenario, location: { origin: string; pathname: string; search: string }): string {
  const query = new URLSearchParams(location.search);
  query.delete('embed');
  const search = query.toString();
  return encodeScenarioLink(scenario, `${location.origin}${location.pathname}${search ? `?${search}` : ''}`);
}
