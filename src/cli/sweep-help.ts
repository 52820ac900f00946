// Help for the experiment commands: sweep, merge, compare.

export const EXPERIMENT_USAGE = `  nines sweep FILE --seeds A..B [--set P=V]… [--grid P=V1,V2]… [--jobs N] [--shard I/N]
                                                       many seeds, 95 % intervals
  nines merge SHARD.json…                              join a sharded sweep
  nines compare A B --seeds A..B [--jobs N]            paired A/B comparison`;

export const EXPERIMENT_HELP = {
  sweep: `nines sweep FILE --seeds A..B [--set PATH=V]… [--grid PATH=V1,V2,…]… [--jobs N] [--shard I/N] [--json] [--quiet]

Runs the scenario once per seed (and per grid point) and prints, for
availability, p99 latency and lost writes: the mean over seeds with its 95 %
confidence interval (Student's t), the range, the worst seed and the
nines run command that replays it. With --json, prints nines/sweep@1.

  --seeds A..B      the seeds to run, first and last included (e.g. 1..30)
  --set PATH=V      override one field for every run; PATH names nodes, links and
                    clusters by id: nodes.web-1.workers=8, durationMs=1h,
                    nodes.lb.healthCheck.intervalMs=500, 'links.lb->web-1.latencyMs=5'.
                    V is JSON, a duration (500ms, 90s, 1h, 7d, 1y) where the field
                    is a time, or plain text (nodes.lb.algorithm=leastConnections)
  --grid PATH=V1,V2,…  run every value; several grids run their product
  --jobs N          runs at once on this machine (default: the number of cores)
  --shard I/N       run only the seeds whose position modulo N is I (0 ≤ I < N), to
                    spread a sweep over N machines; join the --json outputs with
                    nines merge (a Kubernetes Indexed Job passes $JOB_COMPLETION_INDEX)
  --json            print the nines/sweep@1 document
  --quiet           no progress on stderr (it is shown only on a terminal anyway)

The output depends only on the sweep: the same runs, in seed order, however
--jobs and --shard split it. "runs" counts the seeds run at each grid point.

Example: nines sweep redundancy --seeds 1..30 --grid nodes.web-1.workers=4,8`,
  merge: `nines merge SHARD.json… [--json]

Joins the --json outputs of every shard of a sweep (nines sweep … --shard I/N)
into exactly what the unsharded sweep prints. Refuses parts of different
sweeps, and a part missing or given twice.

Example: nines merge part-0.json part-1.json part-2.json --json > sweep.json`,
  compare: `nines compare A B --seeds A..B [--jobs N] [--json] [--quiet]

Runs designs A and B on the same seeds and prints, per metric, the paired
difference B − A with its 95 % interval, the paired and unpaired spreads,
and in plain words which is better and whether that is significant (the
interval excludes 0). With --json, prints nines/compare@1.

Example: nines compare single-point-of-failure redundancy --seeds 1..30`,
} as const;
