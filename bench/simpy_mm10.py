"""The bench's M/M/10 case in SimPy, for a like-for-like speed ratio.

800 requests/s (Poisson) into 10 workers with exponential 10 ms service, for
the given simulated seconds; prints requests per wall second as JSON. Works
with SimPy 3/4 (`simpy`) and with Debian 12's python3-simpy, which is SimPy 2.3
(`SimPy.Simulation`).
"""
import json
import random
import sys
import time

RATE = 800.0
SERVICE_MEAN = 0.010
WORKERS = 10


def run_simpy3(duration_s, rng, done):
    import simpy

    env = simpy.Environment()
    server = simpy.Resource(env, capacity=WORKERS)

    def request(env):
        start = env.now
        with server.request() as slot:
            yield slot
            yield env.timeout(rng.expovariate(1 / SERVICE_MEAN))
        done[0] += 1
        done[1] += env.now - start

    def arrivals(env):
        while True:
            yield env.timeout(rng.expovariate(RATE))
            env.process(request(env))

    env.process(arrivals(env))
    env.run(until=duration_s)


def run_simpy2(duration_s, rng, done):
    from SimPy import Simulation as S

    class Customer(S.Process):
        def visit(self, res):
            start = S.now()
            yield S.request, self, res
            yield S.hold, self, rng.expovariate(1 / SERVICE_MEAN)
            yield S.release, self, res
            done[0] += 1
            done[1] += S.now() - start

    class Source(S.Process):
        def generate(self, res):
            while True:
                yield S.hold, self, rng.expovariate(RATE)
                c = Customer()
                S.activate(c, c.visit(res))

    S.initialize()
    res = S.Resource(capacity=WORKERS)
    source = Source()
    S.activate(source, source.generate(res))
    S.simulate(until=duration_s)


def main(duration_s):
    rng = random.Random(1)
    done = [0, 0.0]
    try:
        import simpy  # noqa: F401
        runner, version = run_simpy3, "3+"
    except ImportError:
        runner, version = run_simpy2, "2"
    t0 = time.perf_counter()
    runner(duration_s, rng, done)
    wall = time.perf_counter() - t0
    print(json.dumps({"simpy": version, "requests": done[0], "wallSec": wall,
                      "requestsPerSec": done[0] / wall, "meanSojournMs": 1000 * done[1] / max(1, done[0])}))


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 3600.0)
