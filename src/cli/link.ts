// `nines link FILE [--base URL] [--embed]`: prints the share link that opens
// the scenario in the app (the scenario travels in the URL fragment, never
// sent to a server). With --embed, the link opens the compact embed player,
// and a ready <iframe> for a course page follows it.
import { DEFAULT_APP_URL, encodeScenarioLink } from '../scenario/index.ts';
import type { Args } from './args.ts';
import type { Io } from './io.ts';
import { InputError, loadScenario } from './load.ts';

export function linkCommand(args: Args, io: Io): number {
  const { scenario, source, warning } = loadScenario(args.file!);
  if (warning) io.err(`nines: note: ${warning}`);
  let link: string;
  try {
    link = encodeScenarioLink(scenario, appBase(args.base ?? DEFAULT_APP_URL), { embed: args.embed === true });
  } catch (err) {
    throw new InputError(`${source}: ${(err as Error).message}`);
  }
  io.out(link);
  if (args.embed) io.out(iframeSnippet(link, scenario.name));
  return 0;
}

/**
 * The folder the app is served from. The build finds its scripts relative to
 * the page, so `https://example.org/nines` (no slash) would look for them in
 * `https://example.org/`: a last path segment without a dot is a folder, and
 * gets its slash.
 */
export function appBase(base: string): string {
  const url = new URL(base);
  url.hash = '';
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  if (last !== '' && !last.includes('.')) url.pathname += '/';
  return url.href;
}

/** A ready `<iframe>` for a course page: responsive width, no border, lazy, titled for screen readers. */
export function iframeSnippet(link: string, name: string): string {
  return (
    `<iframe src="${escapeAttribute(link)}" title="${escapeAttribute(`Nines: ${name}`)}" ` +
    'width="100%" height="520" style="border:0;max-width:960px" loading="lazy"></iframe>'
  );
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
