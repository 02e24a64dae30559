// `npm run bench [name…]`: runs test/bench/<name>.bench.ts (all by default) and writes the figures into
// the README between the bench markers, with the machine and the date. Figures are ratios against a
// baseline measured in the same run, so they compare across machines better than absolute times.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure } from './figure.js';

const here = dirname(fileURLToPath(import.meta.url));
const readme = join(here, '..', '..', 'README.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

interface BenchModule {
  bench(log: (line: string) => void): Promise<BenchFigure[]>;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = (await readdir(here)).filter((file) => file.endsWith('.bench.ts')).map((file) => file.replace(/\.bench\.ts$/, ''));
  const selected = wanted.length ? names.filter((name) => wanted.includes(name)) : names;
  const sections: string[] = [];
  for (const name of selected.sort()) {
    console.log(`# ${name}`);
    const module = (await import(pathToFileURL(join(here, `${name}.bench.ts`)).href)) as BenchModule;
    const figures = await module.bench((line) => console.log(`  ${line}`));
    for (const figure of figures) console.log(`  ${figure.pass ? 'PASS' : 'MISS'} ${figure.name}: ${format(figure)} (target ${figure.target})`);
    sections.push(renderSection(name, figures));
  }
  await updateReadme(sections, selected);
}

function format(figure: BenchFigure): string {
  const digits = Math.abs(figure.value) >= 100 ? 0 : Math.abs(figure.value) >= 10 ? 1 : 2;
  return `${figure.value.toFixed(digits)} ${figure.unit}`.trim();
}

function renderSection(name: string, figures: BenchFigure[]): string {
  const met = (figure: BenchFigure) => (figure.target === 'reported' ? '—' : figure.pass ? 'yes' : '**no**');
  const rows = figures.map((figure) => `| ${figure.name} | ${format(figure)} | ${figure.target} | ${met(figure)} |`);
  return [`<!-- bench:${name} -->`, `#### ${name}`, '', '| Measure | Value | Target | Met |', '| --- | --- | --- | --- |', ...rows, `<!-- /bench:${name} -->`].join('\n');
}

/** Replaces the sections that ran and keeps the others, so one bench can be re-run alone. */
async function updateReadme(sections: string[], ran: string[]): Promise<void> {
  const text = await readFile(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  const previous = text.slice(start + START.length, end);
  const kept = [...previous.matchAll(/<!-- bench:([a-z-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g)].filter((match) => !ran.includes(match[1]!)).map((match) => match[0]);
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const machine = `Measured on ${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB memory, Node ${process.version}, ${new Date().toISOString().slice(0, 10)} (sections re-run separately keep their own figures).`;
  const body = [machine, ...[...kept, ...sections].sort()].join('\n\n');
  await writeFile(readme, `${text.slice(0, start + START.length)}\n${body}\n${text.slice(end)}`);
}

await main();
