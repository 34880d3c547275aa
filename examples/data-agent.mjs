// A data agent's tool: the model writes Python, the Python calls query(sql) (a host function)
// against a real SQLite database (sql.js: SQLite compiled to WebAssembly), transforms the rows and
// returns a value. The tool is the Vercel AI SDK adapter; here we call it the way the SDK does
// when a model asks for it, so the example needs no model and no network.
// Run: npm run build && node examples/data-agent.mjs
import initSqlJs from 'sql.js';
import { pythonTool } from 'micropython-sandbox/ai';

// --- the database (in a real deployment: your read replica) ---
const SQL = await initSqlJs();
const db = new SQL.Database();
db.run(`
  CREATE TABLE orders (id INTEGER PRIMARY KEY, region TEXT, product TEXT, qty INTEGER, price REAL, day TEXT);
`);
const regions = ['north', 'south', 'east', 'west'];
const products = ['widget', 'gadget', 'doohickey'];
const insert = db.prepare('INSERT INTO orders (region, product, qty, price, day) VALUES (?, ?, ?, ?, ?)');
for (let i = 0; i < 400; i++) {
  insert.run([regions[i % 4], products[(i * 7) % 3], 1 + ((i * 13) % 9), [2.5, 4.0, 9.75][(i * 7) % 3], `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`]);
}
insert.free();

// --- the host function the guest may call: one read-only statement, a row cap ---
const MAX_ROWS = 5000;
function query(sql, params = []) {
  if (typeof sql !== 'string' || !/^\s*(select|with)\b/i.test(sql)) throw new Error('only SELECT queries are allowed');
  const stmt = db.prepare(sql);
  try {
    if (!Array.isArray(params)) throw new Error('params must be a list');
    stmt.bind(params);
    const rows = [];
    while (stmt.step()) {
      if (rows.length === MAX_ROWS) throw new Error(`more than ${MAX_ROWS} rows: aggregate in SQL or add LIMIT`);
      rows.push(stmt.getAsObject());
    }
    return rows;
  } finally {
    stmt.free();
  }
}

const python = pythonTool({
  sandboxOptions: { functions: { query }, timeoutMs: 5000, memoryLimit: 32 * 1024 * 1024 },
});
const call = (code) => python.execute({ code }, { toolCallId: 'call', messages: [] });

// What a model might send: pull rows, compute in Python, return a value.
const report = await call(`
rows = query("SELECT region, product, qty * price AS revenue FROM orders WHERE day >= ?", ["2024-03-15"])
by_region = {}
for r in rows:
    by_region[r["region"]] = by_region.get(r["region"], 0) + r["revenue"]
best = max(by_region, key=by_region.get)
print("rows:", len(rows))
{"best_region": best, "revenue": round(by_region[best], 2), "regions": sorted(by_region)}
`);
console.log(report.stdout.trim());
console.log('value:', JSON.stringify(report.value));

// State persists between calls of the conversation; the database is only reachable through query().
const followUp = await call('top = sorted(rows, key=lambda r: -r["revenue"])[:3]\n[r["product"] for r in top]');
console.log('follow-up:', JSON.stringify(followUp.value));

// A write is refused by the host function; the model sees the error and a hint.
const refused = await call('query("DELETE FROM orders")');
console.log('refused:', refused.error.type, '-', refused.error.message);
console.log('orders still there:', query('SELECT COUNT(*) AS n FROM orders')[0].n);
db.close();
