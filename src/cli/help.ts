export const HELP = `Usage: micropython-sandbox [options] [-c CODE | FILE.py | -] [ARGS...]
       micropython-sandbox mcp [options]

Run Python (MicroPython) in a WebAssembly sandbox: no files, network or
environment unless granted, with hard limits on memory, CPU (fuel) and time.

Sources:
  -c, --command CODE       run CODE
  FILE.py                  run a script
  -                        read the program from stdin
  (none)                   interactive REPL on a terminal; otherwise read stdin
      --repl               start the REPL even when stdin is not a terminal
  ARGS after the program are its own: sys.argv is [FILE.py or -c or -, ARGS...].
  Piped or redirected stdin is the program's input (input(), sys.stdin), read to
  its end before the program starts. sys.exit(n) exits with n, as in Python.

Limits (SIZE: bytes, or with K, M, G = KiB, MiB, GiB: 512K, 64M, 64MiB;
        TIME: seconds, or with a unit: 500ms, 5s, 2m, 1h):
  -m, --memory SIZE        memory cap, 4M to 2G (default 64M)
      --fuel N             CPU budget per run in fuel units, e.g. 1e9 (default 1e8)
  -t, --timeout TIME       wall-clock limit per run (default 5s)
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
      --json               print the whole result as JSON on stdout (a big int value
                           as a string of digits, bytes as {"$bytes": BASE64})
      --raw-output         pass guest output to a terminal unchanged; by default its
                           control characters are shown (ESC as ^[, a lone CR as ^M)
                           so it cannot retitle the terminal, write the clipboard or
                           overwrite the CLI's own messages
  -h, --help               show this help
  -V, --version            show the version

MCP server (stdio):
  micropython-sandbox mcp [limits] [grants] [--idle-timeout TIME] [--max-sessions N]
  (sessions close after --idle-timeout idle, default 15m; at most --max-sessions, default 100)
  over Streamable HTTP: --mcp-http PORT [--mcp-host 127.0.0.1] [--redis redis://HOST:PORT [--lease 10s]]
  (with --redis, MICROPYTHON_SANDBOX_SNAPSHOT_KEY must hold a secret of 32+ bytes)

Exit codes: 0 ok, 1 Python error, 2 usage error, 3 limit hit, 4 sandbox failure.

Examples:
  micropython-sandbox -c "print(1 + 1)"
  micropython-sandbox --memory 32M --fuel 1e9 --timeout 30s script.py input.csv
  echo hello | micropython-sandbox -c "print(input().upper())"
  echo "print(sum(range(10)))" | micropython-sandbox -
  micropython-sandbox --mount ./data:/data -c "import os; print(os.listdir('/data'))"
  micropython-sandbox --allow-net api.github.com -c "import requests; print(requests.get('https://api.github.com').status_code)"
  micropython-sandbox --json -c "6 * 7"
`;
