import glob, os
os.makedirs("logs/2024", exist_ok=True)
os.makedirs("logs/2025", exist_ok=True)
for name in ["logs/2024/jan.log", "logs/2024/feb.log", "logs/2024/notes.txt", "logs/2025/jan.log", "logs/app1.log", "logs/app2.log", "logs/app10.log"]:
    open(name, "w").close()
print(sorted(glob.glob("logs/*.log")))
print(sorted(glob.glob("logs/app?.log")), sorted(glob.glob("logs/app[0-9][0-9].log")))
print(sorted(glob.glob("logs/*/*.log")), sorted(glob.glob("logs/202[4]/*")))
print(sorted(glob.glob("logs/**/*.log", recursive=True)))
print(sorted(glob.glob("logs/**/", recursive=True)))
print(sorted(glob.glob("logs/*/")), glob.glob("logs/[!a]*.log"))
