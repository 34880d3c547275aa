# urllib: only urllib.parse (URL parsing, quoting and query strings); there is no urllib.request.
