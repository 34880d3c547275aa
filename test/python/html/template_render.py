import html
rows = [{"name": "Tom & Jerry", "note": "<b>cartoon</b>"}, {"name": "O'Brien", "note": '5" tall'}]
out = ["<table>"]
for r in rows:
    out.append("  <tr><td>%s</td><td>%s</td></tr>" % (html.escape(r["name"]), html.escape(r["note"])))
out.append("</table>")
print("\n".join(out))
