from dataclasses import dataclass, field, InitVar
@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.width * self.height
r = Rect(3, 4)
print(r, r.area)
@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)
    def __post_init__(self):
        if self.balance < 0:
            raise ValueError("negative balance")
        self.owner = self.owner.upper()
    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
acct = Account("ann", 10)
acct.deposit(5)
print(acct, acct.history)
try:
    Account("bob", -1)
except ValueError as e:
    print("ValueError:", e)
@dataclass
class Scaled:
    value: int
    factor: InitVar[int] = 2
    def __post_init__(self, factor):
        self.value *= factor
print(Scaled(3), Scaled(3, 10))
