// File processing: a host folder mounted read-only at /data, results written to /tmp in the
// sandbox and read back by the host. Writes to the mount are refused.
// Run: npm run build && node examples/file-processing.mjs
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession } from 'micropython-sandbox';

const folder = mkdtempSync(join(tmpdir(), 'mps-example-'));
writeFileSync(join(folder, 'jan.csv'), 'item,qty\napple,3\npear,5\n');
writeFileSync(join(folder, 'feb.csv'), 'item,qty\napple,4\nplum,2\n');
writeFileSync(join(folder, 'notes.txt'), 'not a csv\n');

const session = await createSession({ mounts: [{ hostPath: folder, guestPath: '/data' }] });
try {
  const r = await session.run(`
import csv, json, os
totals = {}
files = sorted(f for f in os.listdir("/data") if f.endswith(".csv"))
for name in files:
    with open("/data/" + name) as f:
        for row in csv.DictReader(f):
            totals[row["item"]] = totals.get(row["item"], 0) + int(row["qty"])
with open("/tmp/summary.json", "w") as out:
    json.dump({"files": files, "totals": totals}, out)
with open("/tmp/report.txt", "w") as out:
    for item in sorted(totals):
        out.write("%-6s %3d\\n" % (item, totals[item]))
try:
    open("/data/hack.txt", "w")
except OSError as e:
    print("write to /data refused: errno", e.errno)
len(files)
`);
  if (!r.ok) throw new Error(r.error.traceback);
  console.log(r.stdout.trim());
  console.log('csv files:', r.value);
  console.log('summary:', await session.fs.readText('/tmp/summary.json'));
  process.stdout.write(await session.fs.readText('/tmp/report.txt'));
  console.log('files in /tmp:', JSON.stringify(await session.fs.listFiles('/tmp')));
  console.log('host folder unchanged:', JSON.stringify(readdirSync(folder).sort()));
} finally {
  await session.close();
  rmSync(folder, { recursive: true, force: true });
}
