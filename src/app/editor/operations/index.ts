// The edit operations: pure functions from a scenario to a scenario. The store
// applies them and records history; tests call them directly.
export { addNode, clearOfOthers, setPositions, moveNodesBy, snap, findNode } from './nodes.ts';
export { removeNodes, removeLinks, faultsWithout } from './cascade.ts';
export { canConnect, connect, findLinkIndex, isReplicationLink, type ConnectCheck } from './links.ts';
export {
  COPY_ROW_PX, clearOffset, duplicateNodes, extractFragment, pasteClear, pasteFragment, type Fragment, type PasteResult,
} from './copy.ts';
export { setField, getField, formatPath, type FieldPath } from './fields.ts';
export { canMakeCluster, makeCluster, leaveCluster, dissolveCluster, setPrimary, clusterIndexOf } from './clusters.ts';
export { setZone, renameZone, removeZone, zoneMembers, zonesAfterMove } from './zones.ts';
export { addAlert, removeAlert, defaultAlert } from './alerts.ts';
export { autoLayout, layoutMissing, layeredPositions } from './layout.ts';
export { removeFault } from './faults.ts';
