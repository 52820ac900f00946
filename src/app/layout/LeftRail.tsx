// The left rail: the panels of layout/panels.tsx (the editor's palette, the
// lessons). In presenter mode, where the class watches a run, the rail shows
// only an open lesson's text (large); with no lesson open it is gone, and the
// system has the room.
import { useEffect, useState } from 'react';
import { hasPendingLesson, LESSONS_TAB, onLessonsTabRequest, useLessonOpen } from '../lessons/index.ts';
import { useAppStore } from '../store/index.ts';
import { PanelTabs } from './PanelTabs.tsx';
import { LEFT_PANELS } from './panels.tsx';

export function LeftRail() {
  const presenter = useAppStore((s) => s.presenter);
  // A lesson from a link shows the Lessons tab (at start, or when one is pasted in).
  const [active, setActive] = useState(() => (hasPendingLesson() ? LESSONS_TAB : LEFT_PANELS[0].id));
  useEffect(() => onLessonsTabRequest(() => setActive(LESSONS_TAB)), []);
  const lessonOpen = useLessonOpen();
  const entries = presenter ? LEFT_PANELS.filter((e) => e.presenter && (e.id !== LESSONS_TAB || lessonOpen)) : LEFT_PANELS;
  if (entries.length === 0) return null;
  return (
    <aside className="left-rail" aria-label="Build">
      <PanelTabs entries={entries} active={active} onChoose={setActive} label="Left panels" />
    </aside>
  );
}
