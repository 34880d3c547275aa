# secrets: random numbers for tokens, as CPython's secrets, drawn from os.urandom.
import os
import base64
import binascii

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex",
           "token_urlsafe", "compare_digest"]

DEFAULT_ENTROPY = 32


def randbits(k):
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    if k == 0:
        return 0
    n = (k + 7) // 8
    v = int.from_bytes(os.urandom(n), "big")
    return v >> (n * 8 - k)


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    k = exclusive_upper_bound.bit_length() if hasattr(0, "bit_length") else len(bin(exclusive_upper_bound)) - 2
    while True:
        r = randbits(k)
        if r < exclusive_upper_bound:
            return r


def choice(seq):
    if not seq:
        raise IndexError("Cannot choose from an empty sequence")
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    return binascii.hexlify(token_bytes(nbytes)).decode("ascii")


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")


def compare_digest(a, b):
    if isinstance(a, str) != isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    if isinstance(a, str):
        a = a.encode()
        b = b.encode()
    if len(a) != len(b):
        return False
    r = 0
    for x, y in zip(a, b):
        r |= x ^ y
    return r == 0


def SystemRandom():
    import random
    return random.SystemRandom() if hasattr(random, "SystemRandom") else random.Random()
