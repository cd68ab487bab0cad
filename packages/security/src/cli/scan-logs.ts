/**
 * `npm run scan-logs -- <file>…` (or output piped in): exits 1 when any line carries a full RRN,
 * a bearer or session token, or a password. .ci/run scans the whole CI output with it.
 */
import { readFileSync } from 'node:fs';
import { scanLogText } from '../log-scan.js';

const files = process.argv.slice(2);
const inputs = files.length
  ? files.map((f) => ({ name: f, text: readFileSync(f, 'utf8') }))
  : [{ name: 'stdin', text: readFileSync(0, 'utf8') }];
let found = 0;
let lines = 0;
for (const { name, text } of inputs) {
  lines += text.split('\n').length;
  for (const f of scanLogText(text)) {
    found++;
    if (found <= 50) console.error(`${name}:${f.line}: ${f.kind}`);
  }
}
console.log(`scan-logs: ${lines} lines in ${inputs.length} file(s), ${found} secret(s) found`);
process.exit(found ? 1 : 0);
