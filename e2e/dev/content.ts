/**
 * The content folder the dev server previews in the dev specs: a fresh copy of the fixtures
 * (e2e/fixtures/content, then e2e/fixtures/dev-content: files only the preview is tested with, one
 * of them broken from the start), made by playwright.config.ts before `npm run dev` starts on it.
 * The specs write files into it while the server runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REQUIRED_SECTIONS } from '../../lib/content/sections';

const ROOT = path.resolve(__dirname, '../..');

export function freshDevContent(): string {
  const content = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-e2e-dev-')), 'content');
  for (const fixtures of ['e2e/fixtures/content', 'e2e/fixtures/dev-content']) {
    fs.cpSync(path.join(ROOT, fixtures), content, { recursive: true });
  }
  return content;
}

export const devContentDir = (): string => process.env.FAULTLINE_E2E_DEV_CONTENT!;

/** What `npm run dev` printed: beside the content folder, where writing it triggers no rebuild. */
export const devLogFile = (): string => path.join(path.dirname(devContentDir()), 'dev.log');

/** A content file as problems name it: relative to the repository, where `npm run dev` runs. */
export const problemPath = (file: string): string => path.relative(ROOT, path.join(devContentDir(), file));

export function writeContent(file: string, text: string): void {
  fs.writeFileSync(path.join(devContentDir(), file), text);
}

export function removeContent(file: string): void {
  fs.rmSync(path.join(devContentDir(), file));
}

/** An incident that passes the check, unless its title is too short; `after` is appended to its body. */
export function incidentText(title: string, date: string, after = ''): string {
  return [
    '---',
    `title: "${title}"`,
    `date: "${date}"`,
    'organizations: ["Example Cloud"]',
    'failureClasses: [gray-failure]',
    'summary: "A fixture incident that a dev spec writes while npm run dev runs."',
    'sources:',
    '  - { id: fixture, title: "Fixture source", url: "https://example.org/dev", kind: postmortem }',
    '---',
    '',
    ...REQUIRED_SECTIONS.incident.flatMap((section) => [`## ${section}`, '', 'Fixture text [@fixture].', '']),
    after,
  ].join('\n');
}
