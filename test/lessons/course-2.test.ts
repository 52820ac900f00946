// Lessons 7–11 of the built-in course (see course-suite.ts).
import { courseLessons } from '../../src/lessons/index.ts';
import { courseSuite } from './course-suite.ts';

courseSuite(courseLessons().slice(6, 11));
