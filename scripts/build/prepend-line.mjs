import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Puts `line` on top of a written file, moving its source map (if any) one line down to match. */
export function prependLine(file, line) {
  writeFileSync(file, `${line}\n${readFileSync(file, 'utf8')}`);
  if (!existsSync(`${file}.map`)) return;
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  writeFileSync(`${file}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
}
