// How messages name a node type ("a load balancer"), so that every check
// words it the same way.
import type { NodeType } from './types.ts';

const WITH_ARTICLE: Record<NodeType, string> = {
  client: 'a client',
  loadBalancer: 'a load balancer',
  server: 'a server',
  database: 'a database',
  cache: 'a cache',
  queue: 'a queue',
  dns: 'a dns node',
};

/** "a load balancer" for `loadBalancer`; an unknown type is returned as written. */
export function withArticle(type: string): string {
  return (WITH_ARTICLE as Record<string, string>)[type] ?? type;
}
