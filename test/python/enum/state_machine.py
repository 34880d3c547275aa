from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()
TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.STOPPED},
    State.PAUSED: {State.RUNNING, State.STOPPED},
    State.STOPPED: set(),
}
def run(events):
    state = State.IDLE
    for ev in events:
        target = State[ev]
        if target in TRANSITIONS[state]:
            print("%s -> %s" % (state.name, target.name))
            state = target
        else:
            print("invalid: %s -> %s" % (state.name, target.name))
    return state
print(run(["RUNNING", "PAUSED", "IDLE", "RUNNING", "STOPPED", "RUNNING"]))
