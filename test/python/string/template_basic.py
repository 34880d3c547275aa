from string import Template
t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
t2 = Template("${noun}ification costs $$${amount}")
print(t2.substitute(noun="simpl", amount=10))
try:
    Template("$who").substitute()
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $ sign").substitute(x=1)
except ValueError as e:
    print("ValueError:", e)
print(Template("$a and $b").safe_substitute(a=1))
print(Template("${a}x $b $").safe_substitute(a="A"))
print(Template("$x $y $x ${z}").get_identifiers(), Template("$ok").is_valid(), Template("$").is_valid())
