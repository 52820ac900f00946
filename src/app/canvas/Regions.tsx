// Zones as shaded, labelled regions behind the nodes (the label is the
// handle that selects a zone), and clusters as dashed outlines where an
// outline can hold just their members.
import { memo } from 'react';
import { activeFaultIndex } from '../run/index.ts';
import { useAppStore } from '../store/index.ts';
import type { ClusterRegion, Region } from './geometry.ts';

interface Props {
  zones: readonly Region[];
  clusters: readonly ClusterRegion[];
  selectedZone: string | null;
  onSelectZone(zone: string): void;
  onZoneMenu(zone: string, clientX: number, clientY: number): void;
}

export const Regions = memo(function Regions({ zones, clusters, selectedZone, onSelectZone, onZoneMenu }: Props) {
  return (
    <g className="regions">
      {zones.map((z) => (
        <Zone key={z.id} zone={z} selected={selectedZone === z.id} onSelect={onSelectZone} onMenu={onZoneMenu} />
      ))}
      {clusters.filter((c) => c.outlined).map((c) => (
        <g key={c.id} className="cluster" data-cluster-id={c.id}>
          <rect x={c.x} y={c.y} width={c.w} height={c.h} rx={12} />
          <text x={c.x + 10} y={c.y + 16}>{c.label}</text>
        </g>
      ))}
    </g>
  );
});

function Zone({ zone, selected, onSelect, onMenu }: {
  zone: Region; selected: boolean; onSelect(zone: string): void; onMenu(zone: string, x: number, y: number): void;
}) {
  const out = useAppStore((s) => activeFaultIndex(s.scenario, 'zoneOutage', zone.id, s.simTimeMs) >= 0);
  const labelWidth = Math.max(64, zone.label.length * 8.5 + (out ? 70 : 20));
  return (
    <g className="zone" data-zone-id={zone.id} data-outage={out || undefined} data-selected={selected || undefined}
      onContextMenu={(e) => {
        e.preventDefault();
        e.stopPropagation();
        onMenu(zone.id, e.clientX, e.clientY);
      }}>
      <rect className="zone-area" x={zone.x} y={zone.y} width={zone.w} height={zone.h} rx={14} />
      <g
        className="zone-tab"
        tabIndex={0}
        role="button"
        aria-pressed={selected}
        aria-label={`Zone ${zone.label}${out ? ', outage' : ''}`}
        transform={`translate(${zone.x + 8},${zone.y + 6})`}
        onClick={(e) => {
          e.stopPropagation();
          onSelect(zone.id);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            onSelect(zone.id);
          }
        }}
      >
        <rect width={labelWidth} height={20} rx={10} />
        <text x={10} y={14}>{out ? `${zone.label} · outage` : zone.label}</text>
      </g>
    </g>
  );
}
