// Runtime state of a replicated cluster (filled in by the data issue).
export interface ClusterRt {
  primary: number;
}
