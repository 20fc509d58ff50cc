#!/usr/bin/env python3
"""Golden values for SimulationRandomTests, from an independent implementation of splitmix64,
xoshiro256** 1.0 and the polar method (Python integers masked to 64 bits; Python's math.log).

Run: python3 make-golden.py   (prints the values pasted into SimulationRandomTests.cs)
"""
import math

M = (1 << 64) - 1


def splitmix64(state):
    state = (state + 0x9E3779B97F4A7C15) & M
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
    return state, z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & M


class Xoshiro:
    def __init__(self, s):
        self.s = list(s)
        self.spare = None

    @classmethod
    def seeded(cls, seed):
        st, out = seed, []
        for _ in range(4):
            st, z = splitmix64(st)
            out.append(z)
        return cls(out)

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & M, 7) * 9) & M
        t = (s[1] << 17) & M
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def next_double(self):
        return (self.next() >> 11) * (1.0 / 9007199254740992.0)

    def next_normal(self):
        if self.spare is not None:
            v, self.spare = self.spare, None
            return v
        while True:
            u = 2 * self.next_double() - 1
            v = 2 * self.next_double() - 1
            s = u * u + v * v
            if 0 < s < 1:
                break
        f = math.sqrt(-2 * math.log(s) / s)
        self.spare = v * f
        return u * f


st, a = splitmix64(0)
st, b = splitmix64(st)
st, c = splitmix64(st)
print("splitmix64 from 0:", ", ".join(f"0x{x:016X}UL" for x in (a, b, c)))

r = Xoshiro([1, 2, 3, 4])
print("xoshiro256** state {1,2,3,4}:", ", ".join(f"{r.next()}UL" for _ in range(6)))

r = Xoshiro.seeded(42)
print("seed 42 NextUInt64:", ", ".join(f"0x{r.next():016X}UL" for _ in range(4)))
r = Xoshiro.seeded(42)
print("seed 42 NextDouble:", ", ".join(repr(r.next_double()) for _ in range(4)))
r = Xoshiro.seeded(42)
print("seed 42 NextNormal:", ", ".join(repr(r.next_normal()) for _ in range(6)))
