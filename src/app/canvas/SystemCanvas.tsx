// The system on screen: zones, clusters, links and nodes in SVG (crisp and
// accessible), requests in flight on one Canvas layer above them, pan and
// zoom by d3-zoom. The editor's behaviours hook in through useEditorBehaviours.
import { zoomIdentity } from 'd3';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/index.ts';
import { ContextMenu, type MenuState } from './ContextMenu.tsx';
import { clusterRegions, contentBounds, linkGeometries, nodePositions, zoneRegions } from './geometry.ts';
import { Legend } from './Legend.tsx';
import { LinkLine } from './LinkLine.tsx';
import { NodeGlyph } from './NodeGlyph.tsx';
import { fitExtra } from './fit-extra.ts';
import { createPanZoom, type PanZoom } from './pan-zoom.ts';
import { Regions } from './Regions.tsx';
import { createTrafficLayer, type TrafficLayer } from './traffic-layer.ts';
import { useEditorBehaviours } from './use-editor-behaviours.ts';
import { CanvasTools } from './CanvasTools.tsx';
import { applyTextSizes } from './text-sizes.ts';
import { CanvasViews } from './canvas-views.ts';
import { useLabelLayout } from './use-label-layout.ts';

export function SystemCanvas() {
  const store = useAppStoreApi();
  const nodes = useAppStore((s) => s.scenario.nodes);
  const links = useAppStore((s) => s.scenario.links);
  const clusters = useAppStore((s) => s.scenario.clusters);
  const topology = useAppStore((s) => s.topology);
  const selection = useAppStore((s) => s.selection);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  const [viewport, setViewport] = useState<SVGGElement | null>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const trafficHostRef = useRef<HTMLDivElement>(null);
  const panZoomRef = useRef<PanZoom | null>(null);
  const trafficRef = useRef<TrafficLayer | null>(null);
  const [menu, setMenu] = useState<MenuState | null>(null);

  const positions = useMemo(() => nodePositions(nodes, links), [nodes, links]);
  const geometries = useMemo(() => linkGeometries(links ?? [], positions), [links, positions]);
  const zones = useMemo(() => zoneRegions(nodes, positions), [nodes, positions]);
  const clusterBoxes = useMemo(() => clusterRegions(nodes, clusters ?? [], positions), [nodes, clusters, positions]);
  const labels = useMemo(() => new Map(nodes.map((n) => [n.id, n.label ?? n.id])), [nodes]);
  const clusterOf = useMemo(() => {
    const map = new Map<string, string>();
    for (const c of clusters ?? []) for (const m of c.members) map.set(m, c.id);
    return map;
  }, [clusters]);

  const userMovedRef = useRef(false);
  const fit = useCallback((instant = false) => {
    const { nodes: all, links: wires } = store.getState().scenario;
    const at = nodePositions(all, wires);
    const box = contentBounds(all, at);
    userMovedRef.current = false;
    // Labels keep their screen size whatever the zoom (18 px or more in presenter mode): leave them room (fit-extra.ts).
    const { presenter: big } = store.getState();
    const view = { width: svg?.clientWidth ?? 0, height: svg?.clientHeight ?? 0 };
    const extra = box ? fitExtra(all.map((n) => ({ id: n.id, label: n.label ?? n.id })), at, box, view, big) : { x: 0, y: 0 };
    if (box) panZoomRef.current?.fit(box, instant, extra);
  }, [store, svg]);
  const fitRef = useRef(fit);
  useEffect(() => {
    fitRef.current = fit;
  }, [fit]);

  // Pan and zoom; fit the drawing once the elements exist. Text sizes follow
  // every zoom event (CSS variables, no React); the label layout follows the
  // zoom once a gesture settles.
  const [zoomK, setZoomK] = useState(1);
  const presenter = useAppStore((s) => s.presenter);
  const presenterRef = useRef(presenter);
  useEffect(() => {
    presenterRef.current = presenter;
    if (svg) applyTextSizes(svg, panZoomRef.current?.transform().k ?? 1, presenter);
    if (svg && !userMovedRef.current) fitRef.current(true);
  }, [svg, presenter]);
  useEffect(() => {
    if (!svg || !viewport) return;
    applyTextSizes(svg, 1, presenterRef.current);
    const panZoom = createPanZoom(svg, viewport, (t) => applyTextSizes(svg, t.k, presenterRef.current),
      (t) => setZoomK(Math.round(t.k * 100) / 100));
    panZoomRef.current = panZoom;
    // When the canvas changes size (a panel opens beside it, presenter mode),
    // a view nobody has panned or zoomed is fitted again, so nothing is cut off.
    const onUser = (e: Event) => {
      if (e.type === 'wheel' || (e as PointerEvent).buttons) userMovedRef.current = true;
    };
    svg.addEventListener('wheel', onUser, { passive: true });
    svg.addEventListener('pointermove', onUser);
    let size = `${svg.clientWidth}x${svg.clientHeight}`;
    const resize = new ResizeObserver(() => {
      const next = `${svg.clientWidth}x${svg.clientHeight}`;
      if (next === size) return;
      size = next;
      if (!userMovedRef.current) fitRef.current(true);
    });
    resize.observe(svg);
    return () => {
      resize.disconnect();
      svg.removeEventListener('wheel', onUser);
      svg.removeEventListener('pointermove', onUser);
      panZoom.destroy();
      panZoomRef.current = null;
    };
  }, [svg, viewport]);
  const layout = useLabelLayout(nodes, positions, geometries, zoomK);
  // What every node and link shows, computed once per change of the run; each glyph reads its own.
  const views = useMemo(() => new CanvasViews(), []);
  // Where each link's live state sits in the engine's arrays, found once per topology.
  const linkIndex = useMemo(() => new Map((topology?.linkIds ?? []).map((id, i) => [id, i])), [topology]);

  // The first drawing, and each new document (an example, a link, New), is
  // fitted to the screen; edits leave the view still.
  useEffect(() => {
    if (!svg || !viewport) return;
    fit(true);
    return store.subscribe((state, previous) => {
      if (state.documentRevision !== previous.documentRevision) fit(true);
    });
  }, [svg, viewport, fit, store]);

  // Tidy layout asks for a fit once it has moved the nodes.
  useEffect(() => {
    const onFit = () => requestAnimationFrame(() => fit(false));
    window.addEventListener('nines:fit', onFit);
    return () => window.removeEventListener('nines:fit', onFit);
  }, [fit]);

  // The traffic layer draws in its own animation loop, reading the store
  // directly. Its canvases are made here, new for each layer: a canvas handed
  // to the painting worker can never be handed over again (StrictMode runs
  // this effect twice).
  useEffect(() => {
    const host = trafficHostRef.current;
    if (!host) return;
    const linesCanvas = trafficCanvas('traffic traffic-lines');
    const canvas = trafficCanvas('traffic');
    canvas.dataset.testid = 'traffic';
    host.append(linesCanvas, canvas);
    const layer = createTrafficLayer(canvas, linesCanvas, {
      live: () => store.getState().live,
      speed: () => store.getState().speed,
      transform: () => panZoomRef.current?.transform() ?? zoomIdentity,
    });
    trafficRef.current = layer;
    const restyle = () => layer.restyle();
    window.addEventListener('nines:theme', restyle);
    return () => {
      window.removeEventListener('nines:theme', restyle);
      layer.destroy();
      trafficRef.current = null;
      linesCanvas.remove();
      canvas.remove();
    };
  }, [store]);

  // Link ends in the engine's link order, for the traffic layer.
  useEffect(() => {
    const ids = topology?.linkIds ?? [];
    const byId = new Map(geometries.map((g) => [g.id, g]));
    const packed = new Float64Array(ids.length * 4).fill(Number.NaN);
    ids.forEach((id, i) => {
      const g = byId.get(id);
      if (g) packed.set([g.start.x, g.start.y, g.end.x, g.end.y], i * 4);
    });
    const lines = new Float64Array(geometries.flatMap((g) => [g.start.x, g.start.y, g.end.x, g.end.y]));
    trafficRef.current?.update({ links: packed, lines });
  }, [topology, geometries]);

  const toCanvas = useCallback(
    (clientX: number, clientY: number): [number, number] => {
      const rect = svg?.getBoundingClientRect();
      const t = panZoomRef.current?.transform() ?? zoomIdentity;
      return t.invert([clientX - (rect?.left ?? 0), clientY - (rect?.top ?? 0)]);
    },
    [svg],
  );
  useEditorBehaviours({ svg, viewport, toCanvas, store });

  const openMenu = useCallback((target: MenuState['target'], title: string, clientX: number, clientY: number) => {
    const rect = wrapRef.current?.getBoundingClientRect();
    const width = rect?.width ?? 0;
    const height = rect?.height ?? 0;
    const x = Math.min(clientX - (rect?.left ?? 0), width - 200);
    const y = Math.min(clientY - (rect?.top ?? 0), height - 190);
    setMenu({ target, title, x: Math.max(4, x), y: Math.max(4, y) });
  }, []);

  const onNodeSelect = useCallback((id: string, additive: boolean) => {
    const s = store.getState();
    if (additive) s.toggleNode(id);
    else s.select({ nodeIds: [id] });
  }, [store]);
  const onNodeMenu = useCallback((id: string, x: number, y: number) => {
    const node = store.getState().scenario.nodes.find((n) => n.id === id);
    if (!node) return;
    store.getState().select({ nodeIds: [id] });
    openMenu({ kind: 'node', id }, node.label ?? id, x, y);
  }, [store, openMenu]);
  const onLinkSelect = useCallback((id: string) => store.getState().select({ linkIds: [id] }), [store]);
  const onLinkMenu = useCallback((id: string, x: number, y: number) => {
    store.getState().select({ linkIds: [id] });
    openMenu({ kind: 'link', id }, `Link ${id}`, x, y);
  }, [store, openMenu]);
  const onZoneSelect = useCallback((zone: string) => store.getState().select({ zone }), [store]);
  const onZoneMenu = useCallback((zone: string, x: number, y: number) => {
    store.getState().select({ zone });
    openMenu({ kind: 'zone', id: zone }, `Zone ${zone}`, x, y);
  }, [store, openMenu]);
  const closeMenu = useCallback(() => setMenu(null), []);

  return (
    <div className="canvas-wrap" ref={wrapRef}>
      {/* Under the SVG: link lines (redrawn only when the view moves) and requests in flight; labels and nodes stay readable on top. */}
      <div ref={trafficHostRef} className="traffic-host" aria-hidden="true" />
      <svg ref={setSvg} id="system" tabIndex={-1} className="system-svg" aria-label="System diagram" role="group"
        onClick={() => store.getState().clearSelection()}>
        <defs>
          <marker id="nines-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0L10,5L0,10z" className="arrow-head" />
          </marker>
        </defs>
        <g ref={setViewport} className="viewport">
          <Regions zones={zones} clusters={clusterBoxes} selectedZone={selection.zone} onSelectZone={onZoneSelect} onZoneMenu={onZoneMenu} />
          <g className="links">
            {geometries.map((g) => (
              <LinkLine key={g.id} geometry={g} fromLabel={labels.get(g.from) ?? g.from} toLabel={labels.get(g.to) ?? g.to}
                selected={selection.linkIds.includes(g.id)} onSelect={onLinkSelect} onMenu={onLinkMenu}
                wordsAt={layout.links.get(g.id)?.at} showWords={layout.links.get(g.id) !== null} stateIndex={linkIndex.get(g.id)} views={views} layer="draw" />
            ))}
          </g>
          <g className="nodes">
            {nodes.map((n, i) => {
              const p = positions.get(n.id) ?? { x: 0, y: 0 };
              return (
                <NodeGlyph key={n.id} node={n} x={p.x} y={p.y} ordinal={i} clusterId={clusterOf.get(n.id) ?? null}
                  selected={selection.nodeIds.includes(n.id)} onSelect={onNodeSelect} onMenu={onNodeMenu} place={layout.nodes.get(n.id)} views={views} />
              );
            })}
          </g>
          <g className="link-focus-layer">
            {geometries.map((g) => (
              <LinkLine key={g.id} geometry={g} fromLabel={labels.get(g.from) ?? g.from} toLabel={labels.get(g.to) ?? g.to}
                selected={selection.linkIds.includes(g.id)} onSelect={onLinkSelect} onMenu={onLinkMenu}
                wordsAt={layout.links.get(g.id)?.at} showWords={layout.links.get(g.id) !== null} stateIndex={linkIndex.get(g.id)} views={views} layer="focus" />
            ))}
          </g>
        </g>
      </svg>
      <CanvasTools onFit={() => fit(false)} onZoom={(f) => panZoomRef.current?.zoomBy(f)} />
      <Legend />
      {menu && <ContextMenu menu={menu} onClose={closeMenu} />}
    </div>
  );
}

function trafficCanvas(className: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = className;
  canvas.setAttribute('aria-hidden', 'true');
  return canvas;
}
