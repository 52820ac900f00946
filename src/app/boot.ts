// What the app opens with: the scenario in a share link's fragment when there
// is one (validated by the codec before anything uses it), else the default
// example with a one-line hint of what to try.
import { decodeScenarioFragment } from '../scenario/index.ts';
import { DEFAULT_EXAMPLE, getExample } from '../scenario/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { lessonInOpeningLink } from './lessons/index.ts';

export interface Opening {
  scenario: Scenario;
  /** One line: what to try first. */
  hint: string;
  /** Why a link could not be opened, when it could not. */
  linkError: string | null;
  fromLink: boolean;
}

export const OPENING_HINT = 'Press Play (Space), then click a web server and press Crash: watch availability and the event log.';
export const LINK_HINT = 'Press Play (Space) to replay this shared run; select any node to break it.';
export const LESSON_HINT = 'Read the lesson on the left, change the knobs it names, then press Check.';

export function openingScenario(hash: string): Opening {
  const example = getExample(DEFAULT_EXAMPLE);
  const fallback = { scenario: example.scenario, hint: OPENING_HINT };
  if (!hash || hash === '#') return { ...fallback, linkError: null, fromLink: false };
  // A lesson link (#lesson=…, #l=…) opens the lesson with its design.
  const lesson = lessonInOpeningLink(hash);
  if (lesson?.ok) return { scenario: lesson.design ?? lesson.lesson.scenario, hint: LESSON_HINT, linkError: lesson.warning ?? null, fromLink: true };
  if (lesson) return { ...fallback, linkError: `${lesson.error} The example opened instead.`, fromLink: false };
  const decoded = decodeScenarioFragment(hash);
  if (decoded.ok) return { scenario: decoded.scenario, hint: LINK_HINT, linkError: null, fromLink: true };
  return { ...fallback, linkError: `${decoded.error} The example opened instead.`, fromLink: false };
}
