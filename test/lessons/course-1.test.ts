// Lessons 1–6 of the built-in course (see course-suite.ts).
import { courseLessons } from '../../src/lessons/index.ts';
import { courseSuite } from './course-suite.ts';

courseSuite(courseLessons().slice(0, 6));
