export const HELP = `Usage: micropython-sandbox [options] [-c CODE | FILE.py | -]
       micropython-sandbox mcp [options]

Run Python (MicroPython) in a WebAssembly sandbox: no files, network or
environment unless granted, with hard limits on memory, CPU (fuel) and time.

Sources:
  -c, --command CODE       run CODE
  FILE.py                  run a script
  -                        read the program from stdin
  (none)                   interactive REPL on a terminal; otherwise read stdin
      --repl               start the REPL even when stdin is not a terminal

Limits:
  -m, --memory SIZE        memory cap, e.g. 64M (default 64M)
      --fuel N             CPU budget per run in fuel units (default 100000000)
  -t, --timeout TIME       wall-clock limit per run, e.g. 5s, 500ms (default 5s)
      --stdout-limit SIZE  stdout kept per run (default 1M)
      --stderr-limit SIZE  stderr kept per run (default 1M)
      --fs-quota SIZE      in-memory file storage (/tmp and --file), default 16M
      --fs-max-entries N   in-memory files and directories, default 10000
      --mount-quota SIZE   bytes the program may add to :rw mounts (default: the fs quota)

Grants (nothing is granted by default):
      --mount HOST:GUEST[:rw]   expose a host folder (read-only unless :rw)
      --file GUEST=HOST         place a copy of a host file at GUEST
      --allow-net HOST[:PORT]   allow HTTP(S) to HOST via 'import requests'
      --deterministic           reproducible random and time
      --seed N                  seed for deterministic mode

Output:
      --json               print the whole result as JSON on stdout
      --raw-output         pass guest output to a terminal unchanged; by default its
                           control characters are shown (ESC as ^[, a lone CR as ^M)
                           so it cannot retitle the terminal, write the clipboard or
                           overwrite the CLI's own messages
  -h, --help               show this help
  -V, --version            show the version

MCP server (stdio):
  micropython-sandbox mcp [limits] [grants] [--idle-timeout 15m] [--max-sessions 100]
  over Streamable HTTP: --mcp-http PORT [--mcp-host 127.0.0.1] [--redis redis://HOST:PORT [--lease 10s]]
  (with --redis, MICROPYTHON_SANDBOX_SNAPSHOT_KEY must hold a secret of 32+ bytes)

Exit codes: 0 ok, 1 Python error, 2 usage error, 3 limit hit, 4 sandbox failure.

Examples:
  micropython-sandbox -c "print(1 + 1)"
  micropython-sandbox --memory 32M --fuel 1e9 script.py
  echo "print(sum(range(10)))" | micropython-sandbox -
  micropython-sandbox --mount ./data:/data -c "import os; print(os.listdir('/data'))"
  micropython-sandbox --allow-net api.github.com -c "import requests; print(requests.get('https://api.github.com').status_code)"
  micropython-sandbox --json -c "6 * 7"
`;
