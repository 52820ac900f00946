// Lessons 12 to the end of the built-in course (see course-suite.ts).
import { courseLessons } from '../../src/lessons/index.ts';
import { courseSuite } from './course-suite.ts';

courseSuite(courseLessons().slice(11));
