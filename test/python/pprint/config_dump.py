import pprint
config = {"database": {"host": "db.example.com", "port": 5432, "options": {"sslmode": "require", "connect_timeout": 10, "application_name": "inventory-service"}}, "features": ["search", "export", "audit-log", "beta-dashboard"], "limits": {"rate": 100, "burst": 250}, "version": (1, 4, 2)}
pprint.pprint(config)
pprint.pprint(config, width=60, sort_dicts=False)
print(pprint.pformat(config["features"], width=30))
