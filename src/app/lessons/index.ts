// The door of the app's lessons room: the Lessons tab, the hooks the lab
// calls (a lesson in a link, the inspector's knob highlight, the rail's tab).
export { LessonsTab, hasPendingLesson, lessonInOpeningLink, lessonsStoreFor, openLessonLink, useLessonOpen } from './lab-mount.tsx';
export { useKnob } from './knobs.ts';
export { LESSONS_TAB, onLessonsTabRequest, showLessonsTab } from './rail.ts';
