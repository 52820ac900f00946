// Runtime state of alert rules and the SLO (filled in by the data issue).
export interface MonitorRt {
  scrapes: number;
}
