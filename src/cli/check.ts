// `nines check LESSON SCENARIO [--json]`: runs the lesson's check on a design
// (exit 0 passed, 3 not passed). `nines check LESSON --verify`: is the lesson
// a valid challenge — its start fails its own check and its reference
// solution passes on every seed (exit 0 yes, 3 no), as a teacher checks a
// lesson file before sharing it.
import { OP_SIGNS, checkLesson, fmt, type CheckResult, type GoalResult, type Lesson } from '../lessons/index.ts';
import type { Scenario } from '../scenario/index.ts';
import { UsageError, type Args } from './args.ts';
import type { Io } from './io.ts';
import { loadLesson } from './lesson-load.ts';
import { loadScenario } from './load.ts';

export const EXIT_NOT_PASSED = 3;

export function checkCommand(args: Args, io: Io): number {
  if (args.file === undefined) throw new UsageError('"check" needs a LESSON (an id, a lesson file or a lesson link) and a SCENARIO');
  if (args.verify) {
    if (args.second !== undefined) throw new UsageError('"check --verify" takes only the LESSON');
    const { lesson, warning } = loadLesson(args.file);
    if (warning) io.err(`nines: ${warning}`);
    return verify(lesson, args, io);
  }
  if (args.second === undefined) throw new UsageError('"check" needs a SCENARIO after the LESSON (a file, an example name or a link)');
  const { lesson, warning } = loadLesson(args.file);
  if (warning) io.err(`nines: ${warning}`);
  const design = loadDesign(args.second, io);
  const result = checkLesson(lesson, design);
  io.out(args.json ? JSON.stringify(result, null, 2) : checkText(result));
  return result.passed ? 0 : EXIT_NOT_PASSED;
}

function verify(lesson: Lesson, args: Args, io: Io): number {
  const start = checkLesson(lesson, lesson.scenario);
  const solution = lesson.solution ? checkLesson(lesson, lesson.solution) : null;
  const valid = !start.passed && (solution === null || solution.passed);
  if (args.json) io.out(JSON.stringify({ lesson: lesson.id, valid, start, solution }, null, 2));
  else {
    io.out(`Start design:\n${checkText(start)}\n`);
    if (solution) io.out(`Reference solution:\n${checkText(solution)}\n`);
    const why = start.passed ? 'its start already passes, so there is nothing to do' : solution && !solution.passed ? 'its reference solution does not pass on every seed' : '';
    io.out(valid ? `"${lesson.id}" is a valid challenge: its start fails${solution ? ' and its solution passes' : ''}.` : `"${lesson.id}" is not a valid challenge: ${why}.`);
  }
  return valid ? 0 : EXIT_NOT_PASSED;
}

/** A scenario file, an example name, a share link, or a lesson attempt link (its `s=` part). */
function loadDesign(arg: string, io: Io): Scenario {
  const loaded = loadScenario(arg);
  if (loaded.warning) io.err(`nines: ${loaded.warning}`);
  return loaded.scenario;
}

const shown = (m: number | null) => (m === null ? '—' : fmt(m));

function goalLine(g: GoalResult): string {
  const what = `${g.metric}${g.per ? ` per ${g.per}` : ''}${g.window ? ` (${g.window.fromMs / 1000}–${g.window.toMs / 1000} s)` : ''}`;
  return `  ${g.passed ? '✓' : '✗'} ${g.label}\n      ${what} ${OP_SIGNS[g.op]} ${fmt(g.value)}: measured ${g.measured.map(shown).join(', ')}`;
}

export function checkText(r: CheckResult): string {
  const lines = [`Lesson "${r.lesson}": ${r.passed ? 'PASSED' : 'not passed'} (seeds ${r.seeds.join(', ')})`, ...r.goals.map(goalLine)];
  const budget = Object.entries(r.budget);
  if (budget.length) lines.push(`  Budget: ${budget.map(([t, b]) => `${t} ${b.used} of ${b.allowed} ${b.passed ? '✓' : '✗'}`).join(', ')}`);
  if (r.prediction) lines.push(`  Theory — ${r.prediction.label}: ${r.prediction.formula}`, `      ${r.prediction.note}`);
  for (const m of r.messages) lines.push(`  · ${m.split('\n').join('\n    ')}`);
  return lines.join('\n');
}
