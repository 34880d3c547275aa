export const HELP = `Usage: micropython-sandbox [options] [-c CODE | FILE.py | -]

Run Python (MicroPython) in a WebAssembly sandbox: no files, network or
environment unless granted, with hard limits on memory, CPU (fuel) and time.

Sources:
  -c, --command CODE     run CODE
  FILE.py                run a script
  -                      read the program from stdin
  (none)                 read the program from stdin when it is not a terminal

Limits:
  -m, --memory SIZE      memory cap, e.g. 64M (default 64M)
      --fuel N           CPU budget in fuel units (default 100000000)
  -t, --timeout TIME     wall-clock limit, e.g. 5s, 500ms (default 5s)

Output:
      --json             print the whole result as JSON on stdout
  -h, --help             show this help
  -V, --version          show the version

Exit codes: 0 ok, 1 Python error, 2 usage error, 3 limit hit, 4 sandbox failure.

Examples:
  micropython-sandbox -c "print(1 + 1)"
  micropython-sandbox --memory 32M --fuel 1e9 script.py
  echo "print(sum(range(10)))" | micropython-sandbox -
  micropython-sandbox --json -c "6 * 7"
`;
