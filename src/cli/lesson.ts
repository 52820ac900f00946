// `nines lesson list` (the built-in course, in order) and `nines lesson show
// ID` (one lesson: readable text, or with --json the whole nines/lesson@1
// file, solution included).
import { OP_SIGNS, courseLessons, describeFault, type Lesson } from '../lessons/index.ts';
import { UsageError, type Args } from './args.ts';
import type { Io } from './io.ts';
import { loadLesson } from './lesson-load.ts';

export function lessonCommand(args: Args, io: Io): number {
  const sub = args.file;
  if (sub === 'list') {
    if (args.second !== undefined) throw new UsageError(`unexpected argument "${args.second}"`);
    const lessons = courseLessons();
    if (args.json) io.out(JSON.stringify(lessons.map(({ id, title, summary, concepts }) => ({ id, title, summary, concepts })), null, 2));
    else io.out(lessons.map((l, i) => `${String(i + 1).padStart(2)}. ${l.id} — ${l.title}\n    ${l.summary}`).join('\n'));
    return 0;
  }
  if (sub === 'show') {
    if (args.second === undefined) throw new UsageError('"lesson show" needs a lesson ID (see "nines lesson list")');
    const { lesson } = loadLesson(args.second);
    io.out(args.json ? JSON.stringify(lesson, null, 2) : showText(lesson));
    return 0;
  }
  throw new UsageError(sub === undefined ? '"lesson" needs "list" or "show ID"' : `unknown lesson command "${sub}" (use "list" or "show ID")`);
}

function showText(l: Lesson): string {
  const lines = [`${l.title}  (${l.id})`, '', l.summary, '', `Concepts: ${l.concepts.join(', ')}`, '', l.body, ''];
  lines.push('Goals, on every seed:', ...l.goals.map((g) => `  - ${g.label}  [${g.metric}${g.per ? ` per ${g.per}` : ''} ${OP_SIGNS[g.op]} ${g.value}${g.window ? `, from ${g.window.fromMs} ms to ${g.window.toMs} ms` : ''}]`));
  lines.push(`Seeds: ${(l.seeds ?? [1, 2, 3]).join(', ')}`);
  if (l.budget) lines.push(`Budget: ${Object.entries(l.budget).map(([t, n]) => `at most ${n} ${t}`).join(', ')}`);
  lines.push(`Kept fixed: ${(l.fixed ?? ['clients', 'faults', 'durationMs', 'slo']).join(', ')}`);
  const faults = l.scenario.faults ?? [];
  if (faults.length) lines.push('Faults:', ...faults.map((f) => `  - ${describeFault(f)}`));
  if (l.knobs?.length) lines.push(`Knobs: ${l.knobs.join(', ')}`);
  if (l.prediction) lines.push(`Prediction: ${l.prediction.label}: ${l.prediction.formula} = ${l.prediction.value}`);
  if (l.hints?.length) lines.push('Hints:', ...l.hints.map((h, i) => `  ${i + 1}. ${h}`));
  if (l.sources?.length) lines.push('Sources:', ...l.sources.map((s) => `  - ${s.title}: ${s.url}`));
  lines.push('', `The reference solution is in "nines lesson show ${l.id} --json" (it spoils the lesson).`);
  lines.push(`Check a design: nines check ${l.id} my-design.json`);
  return lines.join('\n');
}
