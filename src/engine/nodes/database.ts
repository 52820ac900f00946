// A database: a server-like node that holds data. Alone it is a single copy
// served like a server with no dependencies; in a cluster it is a replica and
// the cluster (data/) decides who serves what.
import type { World } from '../state.ts';
import { serverDown, serverRequest } from './server.ts';

export function databaseRequest(w: World, node: number, callId: number): void {
  serverRequest(w, node, callId);
}

export function databaseDown(w: World, node: number): void {
  serverDown(w, node);
}
