// The built-in course, in order. Each lesson is a plain nines/lesson@1 file,
// the same kind of file a teacher writes, so the course doubles as fixtures:
// test/lessons/course-*.test.ts check that every start fails its own check
// and every reference solution passes it on every seed.
import nines from './01-nines.json' with { type: 'json' };
import spareCapacity from './02-spare-capacity.json' with { type: 'json' };
import grayFailure from './03-gray-failure.json' with { type: 'json' };
import healthChecks from './04-health-checks.json' with { type: 'json' };
import deepHealthChecks from './05-deep-health-checks.json' with { type: 'json' };
import retries from './06-retries.json' with { type: 'json' };
import metastableFailure from './07-metastable-failure.json' with { type: 'json' };
import zones from './08-zones.json' with { type: 'json' };
import replicationModes from './09-replication-modes.json' with { type: 'json' };
import staleReads from './10-stale-reads.json' with { type: 'json' };
import splitBrain from './11-split-brain.json' with { type: 'json' };
import sloAlerts from './12-slo-alerts.json' with { type: 'json' };
import thunderingHerd from './13-thundering-herd.json' with { type: 'json' };
import dnsTtl from './14-dns-ttl.json' with { type: 'json' };
import breakersAndQueues from './15-breakers-and-queues.json' with { type: 'json' };
import gameDay from './16-game-day.json' with { type: 'json' };

/** The raw files, in course order (validated by courseLessons). */
export const COURSE_FILES: readonly unknown[] = [
  nines,
  spareCapacity,
  grayFailure,
  healthChecks,
  deepHealthChecks,
  retries,
  metastableFailure,
  zones,
  replicationModes,
  staleReads,
  splitBrain,
  sloAlerts,
  thunderingHerd,
  dnsTtl,
  breakersAndQueues,
  gameDay,
];
