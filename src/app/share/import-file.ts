// Files in: a scenario JSON file, opened from the Open dialog or dropped on
// the page, goes through the same gates as a link (size first, JSON without
// prototype keys and with bounded counts, the schema), and its errors show
// as the same short list.
import { MAX_SCENARIO_JSON_CHARS, formatErrors, safeParseJson, validateScenario, type Scenario } from '../../scenario/index.ts';

export type ImportResult = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** Validates the text of a file called `name`. Never throws. */
export function importText(text: string, name: string): ImportResult {
  const json = safeParseJson(text.replace(/^\uFEFF/, ''));
  if (!json.ok) return { ok: false, error: `“${name}” could not be opened: ${json.error}.` };
  const result = validateScenario(json.value);
  if (!result.ok) return { ok: false, error: `“${name}” is not a valid Nines scenario:\n${formatErrors(result.errors)}` };
  return { ok: true, scenario: result.scenario };
}

/** Reads and validates a File; a file too big is refused before it is read. */
export async function importFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_SCENARIO_JSON_CHARS) {
    return { ok: false, error: `“${file.name}” is ${file.size} bytes; a scenario file may be at most ${MAX_SCENARIO_JSON_CHARS}.` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: `“${file.name}” could not be read.` };
  }
  return importText(text, file.name);
}
