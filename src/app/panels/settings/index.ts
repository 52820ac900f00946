// Scenario-wide settings: name, description, seed, duration, SLO, alert rules.
export { ScenarioSettings } from './ScenarioSettings.tsx';
